import type { Db } from "@/lib/platform/db/client";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { insertActivity, isBadRowError, type ActivityInput } from "./insert-activity";
import { backoffDelay } from "@/lib/platform/backoff";

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

  constructor(private readonly options: ActivityWriterOptions) {}

  /** Writes what is queued once more; what still cannot be stored is dropped (and reported). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.scheduled);
    await this.flush();
    if (this.queue.length > 0) {
      this.options.onError(new ActivityDropped(this.queue.length, "the database was unreachable at shutdown"));
      this.queue = [];
    }
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
    try {
      this.options.onStored(await insertActivity(this.options.db(), batch));
      this.failures = 0;
    } catch (error) {
      if (isBadRowError(error)) return this.writeRowByRow(batch);
      this.options.onError(error);
      // Back in front of anything queued meanwhile, so ids keep the order events happened in.
      this.queue.unshift(...batch);
      this.trim();
      this.failures += 1;
      const baseMs = this.options.retryDelayMs ?? 500;
      this.schedule(backoffDelay(this.failures - 1, { baseMs, maxMs: MAX_RETRY_DELAY_MS }));
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
