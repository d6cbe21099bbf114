import type { Db } from "@/lib/platform/db/client";
import { UserError } from "@/lib/platform/errors/user-error";
import { REMINDER_LEAD_MINUTES } from "@/lib/platform/contracts/kitchen-sessions";
import { mailConfig, type MailConfig } from "@/lib/domains/mail/mail-config";
import { messageIdFor } from "@/lib/domains/mail/message-id";
import { MAIL_OUTBOX_CHANNEL } from "@/lib/domains/mail/outbox-channel";
import { MAIL_OFF_MESSAGE } from "./request-answer-mail";

/**
 * "Remind me": keeps the address and queues one mail due 10 minutes before the session, in one
 * transaction. The outbox sends it when due; its dedupe key names the reminder, so it is sent once
 * whatever restarts happen. A second request from the same shopper only changes the address.
 */
export async function requestSessionReminder(
  db: Db,
  input: { shopperId: string; sessionId: string; email: string },
  mail: MailConfig | null = mailConfig(),
  now = new Date(),
): Promise<{ remindAt: string }> {
  if (!mail) throw new UserError(MAIL_OFF_MESSAGE, "unavailable");
  const session = await db.kitchenSession.findUnique({ where: { id: input.sessionId }, select: { startsAt: true } });
  if (!session) throw new UserError("This session no longer exists.", "not_found");
  const remindAt = new Date(session.startsAt.getTime() - REMINDER_LEAD_MINUTES * 60_000);
  if (remindAt <= now) {
    throw new UserError(`It starts in less than ${REMINDER_LEAD_MINUTES} minutes: no reminder needed.`, "conflict");
  }
  await db.$transaction(async (tx) => {
    const key = { sessionId_shopperId: { sessionId: input.sessionId, shopperId: input.shopperId } };
    const reminder = await tx.sessionReminder.upsert({
      where: key,
      create: { sessionId: input.sessionId, shopperId: input.shopperId, email: input.email },
      update: { email: input.email },
      select: { id: true },
    });
    const dedupeKey = `session-reminder:${reminder.id}`;
    await tx.$executeRaw`
      INSERT INTO "MailOutbox" (id, "dedupeKey", kind, "reminderId", recipient, "messageId", "nextAttemptAt")
      VALUES (gen_random_uuid()::text, ${dedupeKey}, 'session_reminder', ${reminder.id}, ${input.email},
              ${messageIdFor(dedupeKey, mail.fromAddress)}, ${remindAt})
      ON CONFLICT ("dedupeKey") DO UPDATE SET recipient = EXCLUDED.recipient
        WHERE "MailOutbox".status = 'PENDING'`;
    await tx.$queryRaw`SELECT pg_notify(${MAIL_OUTBOX_CHANNEL}, '')::text`;
  });
  return { remindAt: remindAt.toISOString() };
}
