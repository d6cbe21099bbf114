import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { TQaAsk } from "@/lib/contracts/qa";
import { findOrCreateShopper } from "@/lib/shoppers/ensure-shopper";
import { isStaffName } from "@/lib/shoppers/reserved-names";
import { STAFF_NAME_MESSAGE } from "@/lib/contracts/public-name";
import { recordActivity } from "@/lib/activity/record-activity";
import { checkContent, type ContentRules } from "./content-filter";
import { QaError } from "./qa-error";
import { recordQaChange, type QaMutation } from "./record-change";
import { authorBadges } from "./author-badges";
import { latestSeqOf } from "./latest-seq";

export const BLOCKED_MESSAGE = "You can no longer post in this shop's questions and answers.";

/**
 * Stores a shopper's question (and makes them follow it) before anyone is told. A retry with the same
 * idempotency key returns the question stored the first time.
 */
export async function postQuestion(
  db: Db,
  shopperId: string,
  input: TQaAsk,
  rules: ContentRules,
): Promise<QaMutation & { created: boolean }> {
  // A retry is recognised by the unique (shopper, key) index when it is written, not by a query before.
  const key = { shopperId_idempotencyKey: { shopperId, idempotencyKey: input.idempotencyKey } };
  checkContent(input.body, rules);
  if (input.displayName && (await isStaffName(db, input.displayName))) throw new QaError(STAFF_NAME_MESSAGE, "invalid");
  const shopper = await findOrCreateShopper(db, shopperId);
  if (shopper.blocked) throw new QaError(BLOCKED_MESSAGE, "blocked");
  const product = await db.product.findFirst({ where: { id: input.productId, published: true }, select: { id: true } });
  if (!product) throw new QaError("This product is not available.", "not_found");

  try {
    const result = await db.$transaction(async (tx) => {
      const badges = await authorBadges(tx, shopperId, product.id);
      const question = await tx.question.create({
        data: {
          productId: product.id,
          shopperId,
          authorName: input.displayName || shopper.alias,
          body: input.body,
          idempotencyKey: input.idempotencyKey,
          ...badges,
          follows: { create: { shopperId } },
        },
        select: { id: true },
      });
      const seq = await recordQaChange(tx, { productId: product.id, questionId: question.id, kind: "asked" });
      return { questionId: question.id, productId: product.id, seq, created: true };
    });
    recordActivity(db, { kind: "question_asked", productId: product.id, shopperId });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await db.question.findUniqueOrThrow({ where: key, select: { id: true, productId: true } });
      return {
        questionId: winner.id,
        productId: winner.productId,
        seq: await latestSeqOf(db, winner.id),
        created: false,
      };
    }
    throw error;
  }
}
