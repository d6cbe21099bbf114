import type { Db } from "@/lib/platform/db/client";
import type { TQaEdit } from "@/lib/platform/contracts/qa";
import { checkContent, type ContentRules } from "./content-filter";
import { QaError } from "./qa-error";
import { actorKey, type QaActor } from "./qa-actor";
import { loadPost } from "./load-post";
import { recordQaChange } from "./record-change";
import { publishThreadChange, type PublishedThread } from "./publish-thread-change";

/** Only the author edits a post; the edit is marked as such, and the thread's audience is told. */
export async function editPost(
  db: Db,
  actor: QaActor,
  input: TQaEdit,
  rules: ContentRules,
): Promise<PublishedThread & { seq: string }> {
  const post = await loadPost(db, input.post);
  if (post.authorKey !== actorKey(actor)) throw new QaError("You can only edit your own posts.", "forbidden");
  if (actor.kind === "shopper") checkContent(input.body, rules);
  const edited = await db.$transaction(async (tx) => {
    const data = { body: input.body, editedAt: new Date() };
    if (input.post.kind === "question") await tx.question.update({ where: { id: input.post.id }, data });
    else await tx.reply.update({ where: { id: input.post.id }, data });
    const seq = await recordQaChange(tx, { productId: post.productId, questionId: post.questionId, kind: "edited" });
    return { questionId: post.questionId, productId: post.productId, seq };
  });
  return { ...(await publishThreadChange(db, edited)), seq: edited.seq };
}
