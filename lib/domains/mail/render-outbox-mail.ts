import type { Db } from "@/lib/platform/db/client";
import { orderPrivateLink } from "@/lib/domains/orders/order-link";
import { readOrderForMail } from "./read-order-for-mail";
import { readStepEvent } from "./read-step-event";
import { orderConfirmationMail } from "./templates/order-confirmation";
import { orderStepMail } from "./templates/order-step";
import type { RenderedMail } from "./templates/rendered-mail";

export const NO_NOTE_REASON = "Not sent: the step has no note for the buyer.";

export interface OutboxSubject {
  kind: string;
  orderId: string | null;
  orderEventId: bigint | null;
}

export type RenderOutcome = { mail: RenderedMail } | { skip: string } | { fail: string };

/** Writes the message an outbox row stands for, from the order (and step) as stored. */
export async function renderOutboxMail(
  db: Db,
  row: OutboxSubject,
  link: (orderId: string) => string = (id) => orderPrivateLink(id),
): Promise<RenderOutcome> {
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
