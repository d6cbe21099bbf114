import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";
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
  /** A tick that failed (the shared tracker unreachable); the next tick tries again. */
  onError?: (error: unknown) => void;
}

/**
 * Pushes each room's count at most once per interval and only when what shoppers would see changed.
 * Many joins and leaves inside one interval collapse into a single push.
 */
export class PresenceCoalescer {
  private lastShown = new Map<string, number | null>();
  private job: IntervalJob | undefined;
  private ticks = 0;
  /** Rooms where someone was told a count other than the last one pushed: push them next tick. */
  private owed = new Set<string>();
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly options: PresenceCoalescerOptions) {}

  start(): void {
    // One tick at a time: a tick slower than the interval is not queued behind itself.
    const onError = (error: unknown) => this.options.onError?.(error);
    this.job ??= startIntervalJob("presence-push", this.options.intervalMs ?? 1000, () => this.tick(), onError);
  }

  stop(): void {
    this.job?.stop();
    this.job = undefined;
  }

  /**
   * Records that a joining socket was just told `count` (in its ack). If that differs from what the
   * room was last pushed, the next tick pushes the room even if the count moves back meanwhile.
   */
  noteTold(room: string, count: number | null): void {
    if ((this.lastShown.get(room) ?? null) !== count) this.owed.add(room);
  }

  /** What each room shows right now, applying the threshold. */
  async visibleCounts(rooms: readonly string[]): Promise<TPresenceCount[]> {
    const counts = await this.options.tracker.counts(rooms);
    return rooms.map((room) => ({ room, count: this.shown(counts.get(room) ?? 0) }));
  }

  private shown(count: number): number | null {
    return count >= this.options.threshold() ? count : null;
  }

  /** Ticks run one after another: a slow shared tracker never lets two interleave their bookkeeping. */
  tick(): Promise<void> {
    this.running = this.running.catch(() => undefined).then(() => this.pushChanges());
    return this.running;
  }

  private async pushChanges(): Promise<void> {
    const changes: TPresenceCount[] = [];
    const resend = ++this.ticks % (this.options.resendEvery ?? 10) === 0;
    const owed = this.owed;
    this.owed = new Set();
    const rooms = new Set([...(await this.options.tracker.takeDirtyRooms()), ...owed]);
    if (resend) for (const room of this.lastShown.keys()) rooms.add(room);
    const counts = await this.options.tracker.counts([...rooms]);
    for (const room of rooms) {
      const shown = this.shown(counts.get(room) ?? 0);
      // A room never pushed shows nothing on clients, which is what null means.
      const previous = this.lastShown.get(room) ?? null;
      if (shown === null) this.lastShown.delete(room);
      else this.lastShown.set(room, shown);
      if (previous !== shown || owed.has(room) || (resend && shown !== null)) changes.push({ room, count: shown });
    }
    if (changes.length > 0) this.options.push(changes);
  }
}
