import type { Db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TQaPostRef, TQaVote, TQaVoted } from "@/lib/platform/contracts/qa";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { QaError } from "./qa-error";
import { loadPost } from "./load-post";
import { recordQaChange } from "./record-change";
import { publishVote } from "./publish-thread-change";

/** Stores one shopper's vote and returns the post's count, with votes on the same post taken one at a time. */
async function storeVote(tx: Prisma.TransactionClient, post: TQaPostRef, shopperId: string, on: boolean) {
  // Locking the post orders concurrent votes on it, so each change's count includes every earlier one.
  if (post.kind === "question") {
    await tx.$queryRaw`SELECT 1 FROM "Question" WHERE "id" = ${post.id} FOR UPDATE`;
    const where = { questionId: post.id, shopperId };
    if (on) await tx.questionVote.createMany({ data: [where], skipDuplicates: true });
    else await tx.questionVote.deleteMany({ where });
    return tx.questionVote.count({ where: { questionId: post.id } });
  }
  await tx.$queryRaw`SELECT 1 FROM "Reply" WHERE "id" = ${post.id} FOR UPDATE`;
  const where = { replyId: post.id, shopperId };
  if (on) await tx.replyVote.createMany({ data: [where], skipDuplicates: true });
  else await tx.replyVote.deleteMany({ where });
  return tx.replyVote.count({ where: { replyId: post.id } });
}

/**
 * "Me too" on a question, "helpful" on a reply: at most one per shopper, never on one's own post. The
 * product's viewers and the hosts hear the change (the post's new count), not the whole thread again.
 */
export async function votePost(db: Db, shopperId: string, input: TQaVote): Promise<TQaVoted> {
  const post = await loadPost(db, input.post);
  if (post.shopperId === shopperId) throw new QaError("You cannot vote on your own post.", "forbidden");
  await ensureShopper(db, shopperId);
  const voted = await db.$transaction(async (tx) => {
    const count = await storeVote(tx, input.post, shopperId, input.on);
    const seq = await recordQaChange(tx, { productId: post.productId, questionId: post.questionId, kind: "voted" });
    return { seq, productId: post.productId, questionId: post.questionId, post: input.post, count };
  });
  publishVote(voted);
  return voted;
}

export async function followQuestion(db: Db, shopperId: string, questionId: string, on: boolean): Promise<boolean> {
  const exists = await db.question.count({ where: { id: questionId } });
  if (!exists) throw new QaError("This question no longer exists.", "not_found");
  await ensureShopper(db, shopperId);
  if (on) await db.questionFollow.createMany({ data: [{ questionId, shopperId }], skipDuplicates: true });
  else await db.questionFollow.deleteMany({ where: { questionId, shopperId } });
  return on;
}
