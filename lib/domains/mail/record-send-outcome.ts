import type { Db } from "@/lib/platform/db/client";
import type { ClaimedMail } from "./claim-due-mail";
import type { RenderedMail } from "./templates/rendered-mail";

/** Marks the row sent if this claim still owns it; false means our lease ran out and another sender took it. */
export async function recordSent(db: Db, mail: ClaimedMail): Promise<boolean> {
  const updated = await db.$executeRaw`
    UPDATE "MailOutbox"
    SET status = 'SENT', "sentAt" = now(), "lastError" = NULL, "leaseUntil" = NULL, "leaseToken" = NULL
    WHERE id = ${mail.id} AND "leaseToken" = ${mail.leaseToken}`;
  return updated === 1;
}

/** Stores the message written for this row, so every attempt sends the same one. */
export async function recordRendered(db: Db, mail: ClaimedMail, rendered: RenderedMail): Promise<boolean> {
  const updated = await db.$executeRaw`
    UPDATE "MailOutbox" SET subject = ${rendered.subject}, "textBody" = ${rendered.text}, "htmlBody" = ${rendered.html},
      "unsubscribeUrl" = ${rendered.unsubscribeUrl ?? null}
    WHERE id = ${mail.id} AND "leaseToken" = ${mail.leaseToken}`;
  return updated === 1;
}

/** Nothing to send (a step without a note): not an attempt. */
export async function recordSkipped(db: Db, mail: ClaimedMail, reason: string): Promise<boolean> {
  const updated = await db.$executeRaw`
    UPDATE "MailOutbox"
    SET status = 'SKIPPED', "lastError" = ${reason}, attempts = attempts - 1, "leaseUntil" = NULL, "leaseToken" = NULL
    WHERE id = ${mail.id} AND "leaseToken" = ${mail.leaseToken}`;
  return updated === 1;
}

export interface FailureOutcome {
  error: string;
  /** Null: give up (refused for good, or out of attempts). */
  retryInMs: number | null;
}

export async function recordFailure(db: Db, mail: ClaimedMail, outcome: FailureOutcome): Promise<boolean> {
  const error = outcome.error.slice(0, 1000);
  const updated =
    outcome.retryInMs === null
      ? await db.$executeRaw`
          UPDATE "MailOutbox"
          SET status = 'FAILED', "lastError" = ${error}, "leaseUntil" = NULL, "leaseToken" = NULL
          WHERE id = ${mail.id} AND "leaseToken" = ${mail.leaseToken}`
      : await db.$executeRaw`
          UPDATE "MailOutbox"
          SET "lastError" = ${error}, "leaseUntil" = NULL, "leaseToken" = NULL,
              "nextAttemptAt" = now() + ${outcome.retryInMs}::int * interval '1 millisecond'
          WHERE id = ${mail.id} AND "leaseToken" = ${mail.leaseToken}`;
  return updated === 1;
}
