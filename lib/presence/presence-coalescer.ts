import type { TPresenceCount } from "@/lib/contracts/presence";
import type { PresenceTracker } from "./presence-tracker";

export interface PresenceCoalescerOptions {
  tracker: PresenceTracker;
  /** Counts below this are sent as null: nothing is shown rather than a lonely "1". */
  threshold: () => number;
  /** Receives every room whose shown count changed in this interval, together. */
  push: (changes: TPresenceCount[]) => void;
  intervalMs?: number;
  /**
   * Volatile pushes can be dropped while a socket is busy; every this many intervals the shown
   * counts are sent again even if unchanged, so a dropped push is healed within a bounded time.
   */
  resendEvery?: number;
}

/**
 * Pushes each room's count at most once per interval and only when what shoppers would see changed.
 * Many joins and leaves inside one interval collapse into a single push.
 */
export class PresenceCoalescer {
  private lastShown = new Map<string, number | null>();
  private timer: NodeJS.Timeout | undefined;
  private ticks = 0;
  /** Rooms where someone was told a count other than the last one pushed: push them next tick. */
  private owed = new Set<string>();

  constructor(private readonly options: PresenceCoalescerOptions) {}

  start(): void {
    this.timer ??= setInterval(() => this.tick(), this.options.intervalMs ?? 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Records that a joining socket was just told `count` (in its ack). If that differs from what the
   * room was last pushed, the next tick pushes the room even if the count moves back meanwhile.
   */
  noteTold(room: string, count: number | null): void {
    if ((this.lastShown.get(room) ?? null) !== count) this.owed.add(room);
  }

  /** What a room shows right now, applying the threshold. */
  visibleCount(room: string): number | null {
    const count = this.options.tracker.count(room);
    return count >= this.options.threshold() ? count : null;
  }

  tick(): void {
    const changes: TPresenceCount[] = [];
    const resend = ++this.ticks % (this.options.resendEvery ?? 10) === 0;
    const rooms = new Set([...this.options.tracker.takeDirtyRooms(), ...this.owed]);
    const owed = this.owed;
    this.owed = new Set();
    if (resend) for (const room of this.lastShown.keys()) rooms.add(room);
    for (const room of rooms) {
      const shown = this.visibleCount(room);
      // A room never pushed shows nothing on clients, which is what null means.
      const previous = this.lastShown.get(room) ?? null;
      if (shown === null) this.lastShown.delete(room);
      else this.lastShown.set(room, shown);
      if (previous !== shown || owed.has(room) || (resend && shown !== null)) changes.push({ room, count: shown });
    }
    if (changes.length > 0) this.options.push(changes);
  }
}
