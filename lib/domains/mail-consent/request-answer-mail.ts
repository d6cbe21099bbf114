import type { Db } from "@/lib/platform/db/client";
import { UserError } from "@/lib/platform/errors/user-error";
import { mailConfig, type MailConfig } from "@/lib/domains/mail/mail-config";

export const MAIL_OFF_MESSAGE = "This shop does not send email.";

/**
 * "Tell me when it's answered": keeps the address for this shopper and question (a second request
 * replaces the address). Refused when the shop has no SMTP_URL, so nothing is kept that could not be used.
 * A question already answered starts the 30-day erasure clock at once.
 */
export async function requestAnswerMail(
  db: Db,
  input: { shopperId: string; questionId: string; email: string },
  mail: MailConfig | null = mailConfig(),
): Promise<{ questionId: string }> {
  if (!mail) throw new UserError(MAIL_OFF_MESSAGE, "unavailable");
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { id: true, hidden: true, firstHostAnswerAt: true },
  });
  if (!question || question.hidden) throw new UserError("This question no longer exists.", "not_found");
  const key = { questionId_shopperId: { questionId: question.id, shopperId: input.shopperId } };
  await db.answerMailRequest.upsert({
    where: key,
    create: {
      questionId: question.id,
      shopperId: input.shopperId,
      email: input.email,
      answeredAt: question.firstHostAnswerAt,
    },
    update: { email: input.email },
  });
  return { questionId: question.id };
}
