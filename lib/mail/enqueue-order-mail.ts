import type { Prisma } from "@/lib/db/generated/client";
import { mailConfig, type MailConfig } from "./mail-config";
import { messageIdFor } from "./message-id";
import { MAIL_OUTBOX_CHANNEL } from "./outbox-channel";
import { privateOrderLink } from "./private-order-link";
import { readOrderForMail } from "./read-order-for-mail";
import { readStepEvent } from "./read-step-event";
import { orderConfirmationMail } from "./templates/order-confirmation";
import { orderStepMail } from "./templates/order-step";

export type OrderMailRequest =
  { orderId: string; kind: "confirmation" } | { orderId: string; kind: "step"; orderEventId: bigint | string };

export interface EnqueueOrderMailOptions {
  /** Defaults to the environment (SMTP_URL, MAIL_FROM); null means mail is not configured. */
  mail?: MailConfig | null;
  link?: (orderId: string) => string;
}

export type EnqueueResult =
  { queued: true } | { queued: false; reason: "not_configured" | "already_queued" | "no_note_for_buyer" };

export const NO_NOTE_REASON = "Not sent: the step has no note for the buyer.";

export function orderMailKey(request: OrderMailRequest): string {
  return request.kind === "confirmation"
    ? `order:${request.orderId}:confirmation`
    : `order-event:${request.orderEventId}`;
}

/**
 * Writes the order's mail into the outbox inside the caller's transaction, so it exists exactly when the
 * order (or step) does; the outbox job sends it after commit, woken by the NOTIFY that commits with it.
 * Without SMTP_URL nothing is written. Calling it again for the same order event is a no-op.
 */
export async function enqueueOrderMail(
  tx: Prisma.TransactionClient,
  request: OrderMailRequest,
  options: EnqueueOrderMailOptions = {},
): Promise<EnqueueResult> {
  const mail = options.mail === undefined ? mailConfig() : options.mail;
  if (!mail) return { queued: false, reason: "not_configured" };

  const order = await readOrderForMail(tx, request.orderId, options.link ?? ((id) => privateOrderLink(id)));
  if (!order) throw new Error(`enqueueOrderMail: order ${request.orderId} does not exist`);
  let rendered = { subject: "", text: "", html: "" };
  let skipped = false;
  if (request.kind === "confirmation") {
    rendered = orderConfirmationMail(order);
  } else {
    const step = await readStepEvent(tx, BigInt(request.orderEventId));
    if (!step || step.orderId !== order.id) {
      throw new Error(`enqueueOrderMail: event ${request.orderEventId} is not a step of order ${order.id}`);
    }
    skipped = step.note.trim() === "";
    rendered = orderStepMail(order, step);
    if (skipped) rendered = { subject: rendered.subject, text: "", html: "" };
  }

  const dedupeKey = orderMailKey(request);
  const { count } = await tx.mailOutbox.createMany({
    data: [
      {
        dedupeKey,
        kind: request.kind === "confirmation" ? "order_confirmation" : "order_step",
        orderId: order.id,
        recipient: order.email,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        messageId: messageIdFor(dedupeKey, mail.fromAddress),
        ...(skipped ? { status: "SKIPPED" as const, lastError: NO_NOTE_REASON } : {}),
      },
    ],
    skipDuplicates: true,
  });
  if (count === 0) return { queued: false, reason: "already_queued" };
  if (skipped) return { queued: false, reason: "no_note_for_buyer" };
  await tx.$executeRaw`SELECT pg_notify(${MAIL_OUTBOX_CHANNEL}, '')`;
  return { queued: true };
}
