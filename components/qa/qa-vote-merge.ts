import type { TQaPostRef, TQaThread, TQaVoted } from "@/lib/platform/contracts/qa";
import { seqAfter } from "@/components/live/connection/sequence";

/**
 * Votes arrive as changes (one post's count), threads whole. A vote does not move its thread's change
 * number (the thread may have had other changes in between that this page has not heard yet), so the
 * latest vote per post is held, and laid over any copy of the thread older than it.
 */
export type HeldVotes = Map<string, TQaVoted>;

const postKey = (post: TQaPostRef) => `${post.kind}:${post.id}`;

/** The thread with one post's count replaced. */
export function withVote(thread: TQaThread, change: TQaVoted): TQaThread {
  if (thread.id !== change.questionId) return thread;
  if (change.post.kind === "question") return { ...thread, meTooCount: change.count };
  return {
    ...thread,
    replies: thread.replies.map((r) => (r.id === change.post.id ? { ...r, helpfulCount: change.count } : r)),
  };
}

/**
 * Keeps `change` when it is newer than the vote held for its post and than the thread's own copy (`threadSeq`,
 * undefined when the thread is not held). Returns whether it was kept.
 */
export function holdVote(held: HeldVotes, change: TQaVoted, threadSeq: string | undefined): boolean {
  const previous = held.get(postKey(change.post));
  if (previous && !seqAfter(change.seq, previous.seq)) return false;
  if (threadSeq !== undefined && !seqAfter(change.seq, threadSeq)) return false;
  held.set(postKey(change.post), change);
  return true;
}

/** A thread current as of `seq`, with the held votes newer than it laid over; older held votes are dropped. */
export function withHeldVotes(thread: TQaThread, seq: string, held: HeldVotes): TQaThread {
  let out = thread;
  for (const [key, change] of held) {
    if (change.questionId !== thread.id) continue;
    if (seqAfter(change.seq, seq)) out = withVote(out, change);
    else held.delete(key);
  }
  return out;
}
