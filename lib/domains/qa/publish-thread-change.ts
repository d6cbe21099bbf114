import type { Db } from "@/lib/platform/db/client";
import type { TQaThread, TQaVoted } from "@/lib/platform/contracts/qa";
import { publish } from "@/lib/platform/publish/publish";
import { toProduct, toShopper, toStaff } from "@/lib/platform/publish/audience";
import { getThread } from "./read-threads";
import { publicThread } from "./thread-dto";
import { QaError } from "./qa-error";
import type { QaMutation } from "./record-change";

export interface PublishedThread {
  /** What staff see: hidden text included. */
  full: TQaThread;
  /** What shoppers see. */
  shown: TQaThread;
}

/**
 * After a stored Q&A change: the product's viewers get the public thread, staff the full one.
 * Returns both so the sender's answer matches what its audience sees.
 */
export async function publishThreadChange(db: Db, mutation: QaMutation): Promise<PublishedThread> {
  const full = await getThread(db, mutation.questionId, "staff");
  if (!full) throw new QaError("This question no longer exists.", "not_found");
  return broadcastThread(mutation, full);
}

/** The same, for a thread the mutation already holds as stored (a new question): no read before telling. */
export function broadcastThread(mutation: QaMutation, full: TQaThread): PublishedThread {
  const shown = publicThread(full);
  publish("qa:changed", toProduct(mutation.productId), { seq: mutation.seq, thread: shown }, { except: toStaff() });
  publish("qa:changed", toStaff(), { seq: mutation.seq, thread: full });
  return { full, shown };
}

/** To the asker and followers, on whatever page they are: their question got a host answer. */
export function publishAnswered(shopperIds: string[], questionId: string, product: TQaThread["product"]): void {
  if (shopperIds.length === 0) return;
  publish("qa:answered", shopperIds.map(toShopper), { questionId, product });
}

/** A vote's change: the post's new count, the same for the product's viewers and the hosts. */
export function publishVote(voted: TQaVoted): void {
  publish("qa:voted", [toProduct(voted.productId), toStaff()], voted);
}
