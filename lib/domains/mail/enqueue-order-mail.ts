import type { Prisma } from "@/lib/platform/db/generated/client";
import { mailConfig, type MailConfig } from "./mail-config";
import { messageIdFor } from "./message-id";
import { MAIL_OUTBOX_CHANNEL } from "./outbox-channel";

export type OrderMailRequest =
  { orderId: string; kind: "confirmation" } | { orderId: string; kind: "step"; orderEventId: bigint | string };

export interface EnqueueOrderMailOptions {
  /** Defaults to the environment (SMTP_URL, MAIL_FROM); null means mail is not configured. */
  mail?: MailConfig | null;
}

/** "already_queued" also covers an order id that does not exist (nothing to insert from). */
export type EnqueueResult = { queued: true } | { queued: false; reason: "not_configured" | "already_queued" };

export function orderMailKey(request: OrderMailRequest): string {
  return request.kind === "confirmation"
    ? `order:${request.orderId}:confirmation`
    : `order-event:${request.orderEventId}`;
}

/**
 * Puts the order's mail into the outbox inside the caller's transaction, so it exists exactly when the
 * order (or step) does. One statement: the row (recipient from the order) and a NOTIFY that Postgres
 * delivers when the transaction commits, waking the sender. The message itself is written by the sender,
 * outside this transaction, which may hold stock locks. Without SMTP_URL nothing is written. Calling it
 * again for the same order event is a no-op.
 */
export async function enqueueOrderMail(
  tx: Prisma.TransactionClient,
  request: OrderMailRequest,
  options: EnqueueOrderMailOptions = {},
): Promise<EnqueueResult> {
  const mail = options.mail === undefined ? mailConfig() : options.mail;
  if (!mail) return { queued: false, reason: "not_configured" };

  const dedupeKey = orderMailKey(request);
  const kind = request.kind === "confirmation" ? "order_confirmation" : "order_step";
  const eventId = request.kind === "step" ? BigInt(request.orderEventId) : null;
  const rows = await tx.$queryRaw<{ queued: string }[]>`
    WITH queued AS (
      INSERT INTO "MailOutbox" (id, "dedupeKey", kind, "orderId", "orderEventId", recipient, "messageId")
      SELECT gen_random_uuid()::text, ${dedupeKey}, ${kind}, o.id, ${eventId}::bigint, o.email,
             ${messageIdFor(dedupeKey, mail.fromAddress)}
      FROM "Order" o WHERE o.id = ${request.orderId}
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING id
    )
    SELECT pg_notify(${MAIL_OUTBOX_CHANNEL}, '')::text AS queued FROM queued`;
  return rows.length > 0 ? { queued: true } : { queued: false, reason: "already_queued" };
}
