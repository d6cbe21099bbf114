import type { Db } from "@/lib/platform/db/client";
import type { TQaAsk, TQaThread } from "@/lib/platform/contracts/qa";
import { isStaffName } from "@/lib/domains/shoppers/reserved-names";
import { STAFF_NAME_MESSAGE } from "@/lib/platform/contracts/public-name";
import { checkContent, type ContentRules } from "./content-filter";
import { QaError } from "./qa-error";
import type { QaMutation } from "./record-change";
import { authorWithBadges } from "./author-badges";
import { latestSeqOf } from "./latest-seq";
import { insertQuestion } from "./insert-question";

export const BLOCKED_MESSAGE = "You can no longer post in this shop's questions and answers.";

export interface PostQuestionOptions {
  /**
   * Runs beside the reads the post needs (the shopper's write limit, say); nothing is stored unless it
   * resolves, and its refusal is the one reported when several checks fail.
   */
  admit?: () => Promise<void>;
}

export type PostedQuestion = QaMutation & {
  created: boolean;
  /** The stored thread (hosts' view) when this call created it; null for a retry of an earlier post. */
  thread: TQaThread | null;
};

/** Waits for every check, then reports the first failure in the order given. */
async function allChecks<T extends readonly unknown[]>(checks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(checks);
  for (const result of settled) if (result.status === "rejected") throw result.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/**
 * Stores a shopper's question (and makes them follow it) before anyone is told. The checks run at once
 * (the author and their badges are one read), and the question, its follow and its change row are one
 * statement, so a post costs two round trips besides the limiter's. A retry with the same idempotency
 * key returns the question stored the first time.
 */
export async function postQuestion(
  db: Db,
  shopperId: string,
  input: TQaAsk,
  rules: ContentRules,
  options: PostQuestionOptions = {},
): Promise<PostedQuestion> {
  const admitted = options.admit?.() ?? Promise.resolve();
  try {
    checkContent(input.body, rules);
  } catch (error) {
    await admitted; // the limiter's verdict comes first, as when it ran before the filter
    throw error;
  }
  const [, { shopper, badges }, staffName] = await allChecks<
    [void, Awaited<ReturnType<typeof authorWithBadges>>, boolean]
  >([
    admitted,
    authorWithBadges(db, shopperId, input.productId),
    input.displayName ? isStaffName(db, input.displayName) : Promise.resolve(false),
  ]);
  if (staffName) throw new QaError(STAFF_NAME_MESSAGE, "invalid");
  if (shopper.blocked) throw new QaError(BLOCKED_MESSAGE, "blocked");

  const stored = await insertQuestion(db, {
    productId: input.productId,
    shopperId,
    authorName: input.displayName || shopper.alias,
    body: input.body,
    idempotencyKey: input.idempotencyKey,
    ...badges,
  });
  if (stored) return { ...stored, created: true };

  // Nothing stored: a retry of a stored post (answer with it), or a product that is not on sale.
  const key = { shopperId_idempotencyKey: { shopperId, idempotencyKey: input.idempotencyKey } };
  const winner = await db.question.findUnique({ where: key, select: { id: true, productId: true } });
  if (!winner) throw new QaError("This product is not available.", "not_found");
  return {
    questionId: winner.id,
    productId: winner.productId,
    seq: await latestSeqOf(db, winner.id),
    created: false,
    thread: null,
  };
}
