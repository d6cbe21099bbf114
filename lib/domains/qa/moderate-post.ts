import type { Db } from "@/lib/platform/db/client";
import { ADDRESS_BLOCK_HOURS } from "@/lib/platform/contracts/limits";
import type { TQaModerate, TQaPostRef } from "@/lib/platform/contracts/qa";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { QaError } from "./qa-error";
import { loadPost } from "./load-post";
import { recordQaChange, type QaMutation } from "./record-change";
import { latestSeqOf } from "./latest-seq";
import { enqueueAnswerMail } from "@/lib/domains/mail-consent/enqueue-answer-mail";

/** Host moderation: hide/restore any post, pin a question, accept a reply. Hidden is never deleted. */
export async function moderatePost(db: Db, _staff: StaffMember, input: TQaModerate): Promise<QaMutation> {
  const { action, post: ref } = input;
  const post = await loadPost(db, ref);
  if ((action === "pin" || action === "unpin") && ref.kind !== "question")
    throw new QaError("Only questions can be pinned.");
  if ((action === "accept" || action === "unaccept") && ref.kind !== "reply")
    throw new QaError("Only replies can be accepted.");
  return db.$transaction(async (tx) => {
    if (action === "hide" || action === "restore") {
      const data = { hidden: action === "hide" };
      if (ref.kind === "question") await tx.question.update({ where: { id: ref.id }, data });
      else await tx.reply.update({ where: { id: ref.id }, data });
    } else if (action === "pin" || action === "unpin") {
      await tx.question.update({ where: { id: ref.id }, data: { pinned: action === "pin" } });
    } else {
      // One accepted answer per question.
      if (action === "accept")
        await tx.reply.updateMany({ where: { questionId: post.questionId }, data: { accepted: false } });
      await tx.reply.update({ where: { id: ref.id }, data: { accepted: action === "accept" } });
      // A marked answer is news for those who asked to be told (once per answer, whatever the clicks).
      if (action === "accept") {
        await enqueueAnswerMail(tx, { questionId: post.questionId, replyId: ref.id, event: "accepted" });
      }
    }
    const seq = await recordQaChange(tx, { productId: post.productId, questionId: post.questionId, kind: "moderated" });
    return { questionId: post.questionId, productId: post.productId, seq };
  });
}

/** The first host to open a question is shown to shoppers as "Seen by <host>". */
export async function markSeen(
  db: Db,
  staff: StaffMember,
  questionId: string,
): Promise<QaMutation & { changed: boolean }> {
  const question = await db.question.findUnique({ where: { id: questionId }, select: { id: true, productId: true } });
  if (!question) throw new QaError("This question no longer exists.", "not_found");
  const seq = await db.$transaction(async (tx) => {
    const { count } = await tx.question.updateMany({
      where: { id: questionId, seenById: null },
      data: { seenById: staff.id, seenAt: new Date() },
    });
    return count > 0 ? recordQaChange(tx, { productId: question.productId, questionId, kind: "seen" }) : null;
  });
  return {
    questionId,
    productId: question.productId,
    seq: seq ?? (await latestSeqOf(db, questionId)),
    changed: seq !== null,
  };
}

/** How long blocking a shopper also blocks new identities at the address they last posted from. */
export const ADDRESS_BLOCK_MS = ADDRESS_BLOCK_HOURS * 60 * 60 * 1000;

/**
 * Stops a shopper from posting; their earlier posts stay as they are (hide them separately). For a day,
 * identities newer than the block cannot post from the address they last posted from either, so dropping
 * the cookie does not lift the block (shoppers who were already there are not affected).
 */
export async function blockAuthor(db: Db, post: TQaPostRef, now = new Date()): Promise<void> {
  const loaded = await loadPost(db, post);
  if (!loaded.shopperId) throw new QaError("Staff accounts are managed by owners in the admin.", "forbidden");
  const shopperId = loaded.shopperId;
  const until = new Date(now.getTime() + ADDRESS_BLOCK_MS);
  await db.$transaction(async (tx) => {
    await tx.shopper.update({ where: { id: shopperId }, data: { blocked: true } });
    const last = await tx.shopperPostAddress.findUnique({ where: { shopperId } });
    if (!last || now.getTime() - last.at.getTime() > ADDRESS_BLOCK_MS) return;
    await tx.blockedAddress.upsert({
      where: { address: last.address },
      create: { address: last.address, until },
      update: { until },
    });
  });
}
