import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import type { PresenceCoalescer } from "./presence-coalescer";
import type { PresenceTracker } from "./presence-tracker";

/** What the shop shows right now: every room's count after the threshold, nothing below it. */
export async function presenceSnapshot(
  tracker: PresenceTracker,
  coalescer: PresenceCoalescer,
): Promise<TPresenceCount[]> {
  const counts = await coalescer.visibleCounts(await tracker.rooms());
  return counts.filter((c) => c.count !== null);
}
