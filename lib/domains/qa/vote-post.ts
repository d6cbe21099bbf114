import type { Db } from "@/lib/platform/db/client";
import type { TQaVote } from "@/lib/platform/contracts/qa";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { QaError } from "./qa-error";
import { loadPost } from "./load-post";
import { recordQaChange, type QaMutation } from "./record-change";

/** "Me too" on a question, "helpful" on a reply: at most one per shopper, never on one's own post. */
export async function votePost(db: Db, shopperId: string, input: TQaVote): Promise<QaMutation> {
  const post = await loadPost(db, input.post);
  if (post.shopperId === shopperId) throw new QaError("You cannot vote on your own post.", "forbidden");
  await ensureShopper(db, shopperId);
  return db.$transaction(async (tx) => {
    if (input.post.kind === "question") {
      const where = { questionId: input.post.id, shopperId };
      if (input.on) await tx.questionVote.createMany({ data: [where], skipDuplicates: true });
      else await tx.questionVote.deleteMany({ where });
    } else {
      const where = { replyId: input.post.id, shopperId };
      if (input.on) await tx.replyVote.createMany({ data: [where], skipDuplicates: true });
      else await tx.replyVote.deleteMany({ where });
    }
    const seq = await recordQaChange(tx, { productId: post.productId, questionId: post.questionId, kind: "voted" });
    return { questionId: post.questionId, productId: post.productId, seq };
  });
}

export async function followQuestion(db: Db, shopperId: string, questionId: string, on: boolean): Promise<boolean> {
  const exists = await db.question.count({ where: { id: questionId } });
  if (!exists) throw new QaError("This question no longer exists.", "not_found");
  await ensureShopper(db, shopperId);
  if (on) await db.questionFollow.createMany({ data: [{ questionId, shopperId }], skipDuplicates: true });
  else await db.questionFollow.deleteMany({ where: { questionId, shopperId } });
  return on;
}
