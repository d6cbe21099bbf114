import { STORE_ROOM, type TPresenceCount } from "@/lib/contracts/presence";
import type { PresenceCoalescer } from "./presence-coalescer";
import type { PresenceTracker } from "./presence-tracker";

/** What the shop shows right now: every room's count after the threshold, nothing below it. */
export function presenceSnapshot(tracker: PresenceTracker, coalescer: PresenceCoalescer): TPresenceCount[] {
  return tracker
    .rooms()
    .map((room) => ({ room, count: coalescer.visibleCount(room) }))
    .filter((c) => c.count !== null);
}

const globalForPresence = globalThis as unknown as { okPresenceSnapshot?: () => TPresenceCount[] };

/** The server entry installs the live snapshot; server-rendered pages read it through globalThis. */
export function installPresenceSnapshot(read: (() => TPresenceCount[]) | undefined): void {
  globalForPresence.okPresenceSnapshot = read;
}

export function readPresenceSnapshot(): TPresenceCount[] {
  return globalForPresence.okPresenceSnapshot?.() ?? [{ room: STORE_ROOM, count: null }];
}
