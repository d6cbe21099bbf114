import type { Db } from "@/lib/platform/db/client";
import { isUniqueViolation } from "@/lib/platform/db/prisma-errors";
import type { TQaReply } from "@/lib/platform/contracts/qa";
import { findOrCreateShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { isStaffName } from "@/lib/domains/shoppers/reserved-names";
import { STAFF_NAME_MESSAGE } from "@/lib/platform/contracts/public-name";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import { checkContent, type ContentRules } from "./content-filter";
import { QaError } from "./qa-error";
import { actorKey, type QaActor } from "./qa-actor";
import { recordQaChange, type QaMutation } from "./record-change";
import { authorBadges } from "./author-badges";
import { latestSeqOf } from "./latest-seq";
import { BLOCKED_MESSAGE } from "./post-question";
import { enqueueAnswerMail } from "@/lib/domains/mail-consent/enqueue-answer-mail";

export interface PostedReply extends QaMutation {
  created: boolean;
  /** Shoppers to tell "your question was answered" (set when a host replied). */
  notify: string[];
}

/**
 * Stores a reply. Staff replies are always labelled as staff (the author comes from the session, never
 * the payload) and the first one stamps the question's response time.
 */
export async function postReply(db: Db, actor: QaActor, input: TQaReply, rules: ContentRules): Promise<PostedReply> {
  const authorKey = actorKey(actor);
  const key = { authorKey_idempotencyKey: { authorKey, idempotencyKey: input.idempotencyKey } };
  const existing = async () => {
    const reply = await db.reply.findUnique({
      where: key,
      select: { question: { select: { id: true, productId: true } } },
    });
    if (!reply) return null;
    const { id, productId } = reply.question;
    return { questionId: id, productId, seq: await latestSeqOf(db, id), created: false, notify: [] };
  };
  // A retry is recognised by the unique (author, key) index when it is written (see the catch below).
  if (actor.kind === "shopper") checkContent(input.body, rules);
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { id: true, productId: true },
  });
  if (!question) throw new QaError("This question no longer exists.", "not_found");
  let authorName: string;
  if (actor.kind === "shopper") {
    if (input.displayName && (await isStaffName(db, input.displayName)))
      throw new QaError(STAFF_NAME_MESSAGE, "invalid");
    const shopper = await findOrCreateShopper(db, actor.shopperId);
    if (shopper.blocked) throw new QaError(BLOCKED_MESSAGE, "blocked");
    authorName = input.displayName || shopper.alias;
  } else {
    authorName = actor.staff.name;
  }

  try {
    const result = await db.$transaction(async (tx) => {
      const now = new Date();
      const author =
        actor.kind === "shopper"
          ? { shopperId: actor.shopperId, ...(await authorBadges(tx, actor.shopperId, question.productId)) }
          : { staffId: actor.staff.id };
      const reply = await tx.reply.create({
        select: { id: true },
        data: {
          questionId: question.id,
          authorKey,
          authorName,
          body: input.body,
          idempotencyKey: input.idempotencyKey,
          ...author,
          createdAt: now,
        },
      });
      let firstHostAnswer = false;
      if (actor.kind === "staff") {
        const stamped = await tx.question.updateMany({
          where: { id: question.id, firstHostAnswerAt: null },
          data: { firstHostAnswerAt: now },
        });
        firstHostAnswer = stamped.count > 0;
        // "Tell me when it's answered": queued with the answer, in its transaction.
        if (firstHostAnswer) {
          await enqueueAnswerMail(tx, { questionId: question.id, replyId: reply.id, event: "first_host_answer" });
        }
      }
      const seq = await recordQaChange(tx, { productId: question.productId, questionId: question.id, kind: "replied" });
      const followers =
        actor.kind === "staff"
          ? await tx.questionFollow.findMany({ where: { questionId: question.id }, select: { shopperId: true } })
          : [];
      return { seq, firstHostAnswer, notify: followers.map((f) => f.shopperId) };
    });
    if (result.firstHostAnswer) recordActivity(db, { kind: "question_answered", productId: question.productId });
    return {
      questionId: question.id,
      productId: question.productId,
      seq: result.seq,
      created: true,
      notify: result.notify,
    };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await existing();
      if (winner) return winner;
    }
    throw error;
  }
}
