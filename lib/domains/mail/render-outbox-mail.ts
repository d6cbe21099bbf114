import type { Db } from "@/lib/platform/db/client";
import { orderPrivateLink } from "@/lib/domains/orders/order-link";
import { readOrderForMail } from "./read-order-for-mail";
import { readStepEvent } from "./read-step-event";
import { orderConfirmationMail } from "./templates/order-confirmation";
import { orderStepMail } from "./templates/order-step";
import type { RenderedMail } from "./templates/rendered-mail";
import { answerMail } from "./templates/answer-mail";
import { sessionReminderMail } from "./templates/session-reminder";
import { readAnswerForMail } from "@/lib/domains/mail-consent/read-answer-for-mail";
import { readReminderForMail } from "@/lib/domains/mail-consent/read-reminder-for-mail";

export const NO_NOTE_REASON = "Not sent: the step has no note for the buyer.";

export interface OutboxSubject {
  kind: string;
  orderId: string | null;
  orderEventId: bigint | null;
  answerRequestId?: string | null;
  replyId?: string | null;
  reminderId?: string | null;
}

export type RenderOutcome = { mail: RenderedMail } | { skip: string } | { fail: string };

/** Writes the message an outbox row stands for, from the order (and step) as stored. */
export async function renderOutboxMail(
  db: Db,
  row: OutboxSubject,
  link: (orderId: string) => string = (id) => orderPrivateLink(id),
): Promise<RenderOutcome> {
  if (row.kind === "qa_answer" || row.kind === "session_reminder") return renderConsentMail(db, row);
  const order = row.orderId ? await readOrderForMail(db, row.orderId, link) : null;
  if (!order) return { fail: "Not sent: the order no longer exists." };
  if (row.kind === "order_confirmation") return { mail: orderConfirmationMail(order) };
  if (row.kind !== "order_step" || row.orderEventId === null)
    return { fail: `Not sent: unknown mail kind ${row.kind}.` };

  const step = await readStepEvent(db, row.orderEventId);
  if (!step || step.orderId !== order.id) {
    return { fail: `Not sent: event ${row.orderEventId} is not a step of this order.` };
  }
  if (step.note.trim() === "") return { skip: NO_NOTE_REASON };
  return { mail: orderStepMail(order, step) };
}

/** Mail a shopper asked for (answer, reminder): read as stored at sending time. */
async function renderConsentMail(db: Db, row: OutboxSubject): Promise<RenderOutcome> {
  if (row.kind === "qa_answer") {
    if (!row.answerRequestId || !row.replyId) return { fail: "Not sent: the answer mail lost its request." };
    const read = await readAnswerForMail(db, row.answerRequestId, row.replyId);
    return "answer" in read ? { mail: answerMail(read.answer) } : read;
  }
  if (!row.reminderId) return { fail: "Not sent: the reminder was erased." };
  const read = await readReminderForMail(db, row.reminderId);
  return "reminder" in read ? { mail: sessionReminderMail(read.reminder) } : read;
}
