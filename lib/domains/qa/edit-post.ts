import type { Db } from "@/lib/platform/db/client";
import type { TQaEdit } from "@/lib/platform/contracts/qa";
import { checkContent, type ContentRules } from "./content-filter";
import { QaError } from "./qa-error";
import { actorKey, type QaActor } from "./qa-actor";
import { loadPost } from "./load-post";
import { recordQaChange, type QaMutation } from "./record-change";

/** Only the author edits a post; the edit is marked as such. */
export async function editPost(db: Db, actor: QaActor, input: TQaEdit, rules: ContentRules): Promise<QaMutation> {
  const post = await loadPost(db, input.post);
  if (post.authorKey !== actorKey(actor)) throw new QaError("You can only edit your own posts.", "forbidden");
  if (actor.kind === "shopper") checkContent(input.body, rules);
  return db.$transaction(async (tx) => {
    const data = { body: input.body, editedAt: new Date() };
    if (input.post.kind === "question") await tx.question.update({ where: { id: input.post.id }, data });
    else await tx.reply.update({ where: { id: input.post.id }, data });
    const seq = await recordQaChange(tx, { productId: post.productId, questionId: post.questionId, kind: "edited" });
    return { questionId: post.questionId, productId: post.productId, seq };
  });
}
