import type { Db } from "@/lib/platform/db/client";
import type { TQaPostRef } from "@/lib/platform/contracts/qa";
import { QaError } from "./qa-error";

export interface LoadedPost {
  questionId: string;
  productId: string;
  /** "shopper:<id>" or "staff:<id>" */
  authorKey: string;
  shopperId: string | null;
}

/** Finds a question or reply with what authorization and change records need. */
export async function loadPost(db: Db, post: TQaPostRef): Promise<LoadedPost> {
  if (post.kind === "question") {
    const q = await db.question.findUnique({
      where: { id: post.id },
      select: { id: true, productId: true, shopperId: true },
    });
    if (!q) throw new QaError("This question no longer exists.", "not_found");
    return { questionId: q.id, productId: q.productId, authorKey: `shopper:${q.shopperId}`, shopperId: q.shopperId };
  }
  const r = await db.reply.findUnique({
    where: { id: post.id },
    select: { authorKey: true, shopperId: true, question: { select: { id: true, productId: true } } },
  });
  if (!r) throw new QaError("This reply no longer exists.", "not_found");
  return { questionId: r.question.id, productId: r.question.productId, authorKey: r.authorKey, shopperId: r.shopperId };
}
