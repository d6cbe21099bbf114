import type { Db } from "@/lib/platform/db/client";
import { publicOrigin } from "@/lib/platform/http/runtime-config";
import type { MailAnswer } from "@/lib/domains/mail/templates/answer-mail";
import { oneClickUrl, unsubscribePageUrl } from "./unsubscribe-token";

export type AnswerForMail = { answer: MailAnswer } | { skip: string } | { fail: string };

/** The answer mail's content as stored now (an edited answer goes out edited; a hidden one does not go). */
export async function readAnswerForMail(db: Db, requestId: string, replyId: string): Promise<AnswerForMail> {
  const [request, reply, settings] = await Promise.all([
    db.answerMailRequest.findUnique({
      where: { id: requestId },
      select: {
        email: true,
        question: { select: { id: true, body: true, hidden: true, product: { select: { slug: true, title: true } } } },
      },
    }),
    db.reply.findUnique({
      where: { id: replyId },
      select: {
        questionId: true,
        body: true,
        hidden: true,
        accepted: true,
        authorName: true,
        staffId: true,
        verifiedBuyer: true,
        regular: true,
      },
    }),
    db.storeSettings.findUnique({ where: { id: 1 }, select: { name: true } }),
  ]);
  if (!request) return { fail: "Not sent: the address was erased." };
  if (!reply || reply.questionId !== request.question.id) return { fail: "Not sent: the answer no longer exists." };
  if (reply.hidden || request.question.hidden) return { skip: "Not sent: the question or answer was hidden." };
  const { product } = request.question;
  const badge = reply.staffId ? "Host" : reply.verifiedBuyer ? "Verified buyer" : reply.regular ? "Regular" : null;
  return {
    answer: {
      storeName: settings?.name ?? "Open Kitchen",
      productTitle: product.title,
      question: request.question.body,
      answer: reply.body,
      answererName: reply.authorName,
      badge,
      marked: reply.accepted,
      threadLink: new URL(`/products/${product.slug}/questions/${request.question.id}`, publicOrigin()).toString(),
      stopQuestionLink: unsubscribePageUrl({ kind: "q", id: requestId }),
      stopAllLink: unsubscribePageUrl({ kind: "a", email: request.email }),
      oneClickUrl: oneClickUrl({ kind: "q", id: requestId }),
    },
  };
}
