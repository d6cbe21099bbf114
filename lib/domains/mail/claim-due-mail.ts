import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";

export interface ClaimedMail {
  id: string;
  kind: string;
  orderId: string | null;
  orderEventId: bigint | null;
  /** Answer mail: the request (its address) and the reply told about. */
  answerRequestId: string | null;
  replyId: string | null;
  /** Session reminder. */
  reminderId: string | null;
  /** Written with the message: the one-click unsubscribe target (List-Unsubscribe), when the mail has one. */
  unsubscribeUrl: string | null;
  recipient: string;
  subject: string;
  /** Null until the sender first writes the message. */
  textBody: string | null;
  htmlBody: string | null;
  messageId: string;
  /** Including this one. */
  attempts: number;
  leaseToken: string;
}

export interface ClaimOptions {
  leaseMs: number;
  batchSize: number;
  maxAttempts: number;
}

/**
 * Takes due rows for this sender: SKIP LOCKED lets several senders claim side by side without waiting or
 * sharing a row, and the lease (with a token only this claim knows) keeps the row ours while we send.
 * A sender that dies keeps no lock, only a lease that runs out; then the row is due again.
 */
export async function claimDueMail(db: Db, options: ClaimOptions): Promise<ClaimedMail[]> {
  const token = randomUUID();
  return db.$queryRaw<ClaimedMail[]>`
    UPDATE "MailOutbox" m
    SET attempts = m.attempts + 1,
        "leaseUntil" = now() + ${options.leaseMs}::int * interval '1 millisecond',
        "leaseToken" = ${token}
    FROM (
      SELECT id FROM "MailOutbox"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= now()
        AND ("leaseUntil" IS NULL OR "leaseUntil" < now()) AND attempts < ${options.maxAttempts}
      ORDER BY "nextAttemptAt", id
      LIMIT ${options.batchSize}
      FOR UPDATE SKIP LOCKED
    ) due
    WHERE m.id = due.id
    RETURNING m.id, m.kind, m."orderId", m."orderEventId", m."answerRequestId", m."replyId", m."reminderId",
              m."unsubscribeUrl", m.recipient, m.subject, m."textBody", m."htmlBody",
              m."messageId", m.attempts, m."leaseToken"`;
}

/** Rows whose last allowed attempt was interrupted (its sender died) are given up, not left pending forever. */
export async function giveUpInterruptedMail(db: Db, maxAttempts: number): Promise<number> {
  return db.$executeRaw`
    UPDATE "MailOutbox"
    SET status = 'FAILED', "leaseUntil" = NULL, "leaseToken" = NULL,
        "lastError" = concat_ws(' ', "lastError", '(gave up: the last attempt was interrupted)')
    WHERE status = 'PENDING' AND attempts >= ${maxAttempts} AND "leaseUntil" < now()`;
}
