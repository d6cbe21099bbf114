import type { TPresenceCount } from "@/lib/contracts/presence";
import type { PresenceCoalescer } from "./presence-coalescer";
import type { PresenceTracker } from "./presence-tracker";

/** What the shop shows right now: every room's count after the threshold, nothing below it. */
export function presenceSnapshot(tracker: PresenceTracker, coalescer: PresenceCoalescer): TPresenceCount[] {
  return tracker
    .rooms()
    .map((room) => ({ room, count: coalescer.visibleCount(room) }))
    .filter((c) => c.count !== null);
}
