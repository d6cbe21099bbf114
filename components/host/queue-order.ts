import type { TQaThread } from "@/lib/platform/contracts/qa";
import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { openMsBetween } from "@/lib/domains/kitchen-hours/kitchen-status";
import { seqAfter } from "@/components/live/connection/sequence";

/**
 * Each "me too" adds half of the question's own waiting time to its priority, so a question three
 * shoppers share ranks like one that has waited 2.5× as long. Shown to hosts in the console's help text.
 */
export const ME_TOO_WEIGHT = 0.5;

/** A question belongs in the queue while no host has answered it and it is not hidden. */
export function isOpen(thread: TQaThread): boolean {
  return thread.firstHostAnswerAt === null && !thread.hidden;
}

/**
 * Seconds since the question was asked (never negative, even with a skewed clock). With kitchen hours,
 * only time inside them counts: the promise timer pauses while hosts are out of the kitchen.
 */
export function waitingSeconds(thread: Pick<TQaThread, "createdAt">, now: number, schedule?: TKitchenSchedule): number {
  const asked = Date.parse(thread.createdAt);
  const ms = schedule ? openMsBetween(schedule, new Date(asked), new Date(now)) : now - asked;
  return Math.max(0, Math.floor(ms / 1000));
}

/** Sort key: waiting seconds × (1 + 0.5 × me-too votes). Higher comes first. */
export function queuePriority(
  thread: Pick<TQaThread, "createdAt" | "meTooCount">,
  now: number,
  schedule?: TKitchenSchedule,
): number {
  return waitingSeconds(thread, now, schedule) * (1 + ME_TOO_WEIGHT * thread.meTooCount);
}

/** Open questions, highest priority first; ties go to the oldest, then by id so the order is stable. */
export function orderQueue(threads: Iterable<TQaThread>, now: number, schedule?: TKitchenSchedule): TQaThread[] {
  return [...threads]
    .filter(isOpen)
    .map((t) => ({ t, key: queuePriority(t, now, schedule), at: Date.parse(t.createdAt) }))
    .sort((a, b) => b.key - a.key || a.at - b.at || (a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0))
    .map((x) => x.t);
}

export interface ThreadStore {
  threads: Record<string, TQaThread>;
  /** The change number each thread was last seen at; an older change never overwrites a newer one. */
  seqs: Record<string, string>;
}

/** Applies threads known to be current as of `seq`, ignoring any that are older than what we hold. */
export function applyThreads(store: ThreadStore, incoming: readonly TQaThread[], seq: string): ThreadStore {
  let threads = store.threads;
  let seqs = store.seqs;
  for (const thread of incoming) {
    const held = seqs[thread.id];
    if (held !== undefined && seqAfter(held, seq)) continue;
    if (threads === store.threads) threads = { ...threads };
    if (seqs === store.seqs) seqs = { ...seqs };
    threads[thread.id] = thread;
    seqs[thread.id] = seq;
  }
  return threads === store.threads ? store : { threads, seqs };
}

/** Moves a selection by `delta` through the ordered ids, staying at the ends; picks the first when none. */
export function moveSelection(ids: readonly string[], selected: string | null, delta: number): string | null {
  if (ids.length === 0) return null;
  const index = selected === null ? -1 : ids.indexOf(selected);
  if (index === -1) return ids[0]!;
  return ids[Math.min(ids.length - 1, Math.max(0, index + delta))]!;
}
