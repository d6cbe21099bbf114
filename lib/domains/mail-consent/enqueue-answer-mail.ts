import type { Prisma } from "@/lib/platform/db/generated/client";
import { mailConfig, type MailConfig } from "@/lib/domains/mail/mail-config";
import { MAIL_OUTBOX_CHANNEL } from "@/lib/domains/mail/outbox-channel";

export type AnswerMailEvent = "first_host_answer" | "accepted";

/**
 * Queues "your question was answered" for everyone who asked for it, inside the caller's transaction (the
 * reply's, or the host's marking), so the mail exists exactly when the answer event does. One mail per
 * answer per address: the dedupe key names the reply and the request, so the first host answer and a
 * later marking of that same reply send one mail, and a rerun or a restart sends none again. The first
 * host answer also starts each request's 30-day erasure clock.
 */
export async function enqueueAnswerMail(
  tx: Prisma.TransactionClient,
  input: { questionId: string; replyId: string; event: AnswerMailEvent },
  mail: MailConfig | null = mailConfig(),
): Promise<number> {
  if (input.event === "first_host_answer") {
    await tx.answerMailRequest.updateMany({
      where: { questionId: input.questionId, answeredAt: null },
      data: { answeredAt: new Date() },
    });
  }
  if (!mail) return 0;
  const domain = mail.fromAddress.split("@").pop() || "localhost";
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH queued AS (
      INSERT INTO "MailOutbox" (id, "dedupeKey", kind, "answerRequestId", "replyId", recipient, "messageId")
      SELECT gen_random_uuid()::text, 'qa-answer:' || ${input.replyId} || ':' || r.id, 'qa_answer', r.id,
             ${input.replyId}, r.email, '<qa-answer.' || r.id || '.' || ${input.replyId} || '@' || ${domain} || '>'
      FROM "AnswerMailRequest" r WHERE r."questionId" = ${input.questionId}
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING id
    ), notified AS (
      SELECT pg_notify(${MAIL_OUTBOX_CHANNEL}, '') FROM (SELECT 1 FROM queued LIMIT 1) one
    )
    SELECT id FROM queued, (SELECT count(*) FROM notified) n`;
  return rows.length;
}
