import type { Db } from "@/lib/platform/db/client";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { insertActivity, isBadRowError, type ActivityInput } from "./insert-activity";

export type { ActivityInput } from "./insert-activity";

export interface ActivityWriterOptions {
  db: () => Db;
  /** Called with the stored events, in id order, after they are committed. */
  onStored: (events: TActivityEvent[]) => void;
  /** Failed writes (retried) and dropped events (with an ActivityDropped error). */
  onError: (error: unknown) => void;
  /** How long an event may wait for others to share its write; 0 writes on the next turn of the loop. */
  flushDelayMs?: number;
  /** At most this many events wait during an outage; the oldest go first when more arrive. */
  maxQueued?: number;
  /** First retry delay after a failed write; doubles up to 10 s. */
  retryDelayMs?: number;
}

/** Says which events were given up on and why; passed to onError so the log names them. */
export class ActivityDropped extends Error {
  constructor(
    readonly count: number,
    reason: string,
  ) {
    super(`dropped ${count} activity event(s): ${reason}`);
  }
}

const MAX_RETRY_DELAY_MS = 10_000;

/**
 * Appends activity in batches off the request path: callers enqueue and return at once. Writes are
 * serialized, so whatever arrives while one is in flight shares the next statement (batches grow with
 * load, latency stays one write when quiet). Events are announced only after they are stored. A batch
 * that fails for want of a database goes back to the front of the queue and is retried with backoff; a
 * batch the database rejects is written row by row and only the rejected rows are dropped.
 */
export class ActivityWriter {
  private queue: ActivityInput[] = [];
  private scheduled: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;
  private failures = 0;
  /** Events of the write in flight (taken off the queue, not stored yet). */
  private writing = 0;

  constructor(private readonly options: ActivityWriterOptions) {}

  /** Stops the timers and writes what is queued, retrying until `until` (see `settle`). */
  async stop(until = Date.now() + 1_000): Promise<void> {
    this.stopped = true;
    clearTimeout(this.scheduled);
    await this.settle(until);
  }

  /**
   * Writes what is queued, retrying a failed write with backoff until `until` (a write still waiting for
   * the database then is abandoned). What is not known to be stored then is dropped and reported with its
   * count; returns that count.
   */
  async settle(until: number): Promise<number> {
    let delay = this.options.retryDelayMs ?? 500;
    for (let attempt = 1; ; attempt++) {
      const written = await this.withinDeadline(this.flush(), until);
      if (!written) return this.giveUp(`a write was still waiting for the database at shutdown (attempt ${attempt}); not known to be stored`);
      if (this.queue.length === 0) return 0;
      const left = until - Date.now();
      if (left <= 0) return this.giveUp(`the database was unreachable at shutdown (${attempt} attempts)`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
      delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    }
  }

  private async withinDeadline(work: Promise<void>, until: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, until - Date.now()))));
    try {
      return await Promise.race([work.then(() => true as const), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private giveUp(reason: string): number {
    const lost = this.queue.length + this.writing;
    this.queue = [];
    if (lost > 0) this.options.onError(new ActivityDropped(lost, reason));
    return lost;
  }

  /** Events waiting to be stored (more than the current batch only during an outage). */
  get pending(): number {
    return this.queue.length;
  }

  /** The realtime server tunes batching (tests drive flushes themselves). */
  setFlushDelay(ms: number | undefined): void {
    this.options.flushDelayMs = ms;
  }

  enqueue(input: ActivityInput): void {
    this.queue.push({ ...input, at: input.at ?? new Date() });
    this.trim();
    if (this.failures === 0) this.schedule(this.options.flushDelayMs ?? 0);
  }

  /** Writes everything queued so far; concurrent calls are serialized so ids stay in announce order. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeBatch());
    return this.flushing;
  }

  private schedule(delayMs: number): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      void this.flush();
    }, delayMs);
    this.scheduled.unref();
  }

  private trim(): void {
    const over = this.queue.length - (this.options.maxQueued ?? 10_000);
    if (over <= 0) return;
    this.queue.splice(0, over);
    this.options.onError(new ActivityDropped(over, "too many events waiting for the database (oldest dropped)"));
  }

  private async writeBatch(): Promise<void> {
    if (this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.queue.length);
    this.writing = batch.length;
    try {
      this.options.onStored(await insertActivity(this.options.db(), batch));
      this.failures = 0;
    } catch (error) {
      if (isBadRowError(error)) return await this.writeRowByRow(batch);
      this.options.onError(error);
      // Back in front of anything queued meanwhile, so ids keep the order events happened in.
      this.queue.unshift(...batch);
      this.trim();
      this.failures += 1;
      const delay = Math.min(MAX_RETRY_DELAY_MS, (this.options.retryDelayMs ?? 500) * 2 ** (this.failures - 1));
      this.schedule(delay);
    } finally {
      this.writing = 0;
    }
  }

  private async writeRowByRow(batch: ActivityInput[]): Promise<void> {
    for (const [index, input] of batch.entries()) {
      try {
        this.options.onStored(await insertActivity(this.options.db(), [input]));
      } catch (error) {
        if (!isBadRowError(error)) {
          // The database went away mid-way: keep the rest for the retry.
          this.queue.unshift(...batch.slice(index));
          this.options.onError(error);
          this.failures += 1;
          this.schedule(this.options.retryDelayMs ?? 500);
          return;
        }
        const reason = error instanceof Error ? error.message.split("\n").at(-1) : String(error);
        this.options.onError(new ActivityDropped(1, `${input.kind} event rejected by the database: ${reason}`));
      }
    }
    this.failures = 0;
  }
}
