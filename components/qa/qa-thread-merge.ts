import type { TQaThread } from "@/lib/platform/contracts/qa";

/** Pinned first, then the newest; the same order the server renders. */
export function sortThreads(threads: TQaThread[]): TQaThread[] {
  return [...threads].sort((a, b) => {
    if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
    return b.createdAt.localeCompare(a.createdAt);
  });
}

/**
 * Replaces threads by id with the incoming versions (a change always carries the whole thread) and
 * keeps only those of `productId`; an unknown id is a new question.
 */
export function mergeThreads(current: TQaThread[], incoming: TQaThread[], productId: string): TQaThread[] {
  const relevant = incoming.filter((t) => t.product.id === productId);
  if (relevant.length === 0) return current;
  const byId = new Map(current.map((t) => [t.id, t]));
  for (const thread of relevant) byId.set(thread.id, thread);
  return sortThreads([...byId.values()]);
}

/** What changed, in words for the polite live region; null when nothing worth announcing did. */
export function describeChange(before: TQaThread | undefined, after: TQaThread): string | null {
  if (!before) return "A new question was asked.";
  if (after.replies.length > before.replies.length) {
    const newest = after.replies[after.replies.length - 1];
    return newest?.author.kind === "host"
      ? `${newest.author.name} from the shop answered a question.`
      : "A new answer was posted.";
  }
  return null;
}

/** Cuts text at a word boundary for titles and schema.org names. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
