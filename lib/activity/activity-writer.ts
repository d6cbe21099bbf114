import type { Db } from "@/lib/db/client";
import type { TActivityEvent, TActivityKind } from "@/lib/contracts/activity";
import { activitySelect, toActivityEvent } from "./activity-dto";
import { isRegular } from "@/lib/shoppers/regular";

export interface ActivityInput {
  kind: TActivityKind;
  productId?: string | null;
  shopperId?: string | null;
  count?: number;
  at?: Date;
}

export interface ActivityWriterOptions {
  db: () => Db;
  /** Called with the stored events, in id order, after they are committed. */
  onStored: (events: TActivityEvent[]) => void;
  onError: (error: unknown) => void;
  /** How long an event may wait for others to share its write; 0 writes on the next turn of the loop. */
  flushDelayMs?: number;
}

/**
 * Appends activity in batches off the request path: callers enqueue and return at once. Writes are
 * serialized, so whatever arrives while one is in flight shares the next statement (batches grow with
 * load, latency stays one write when quiet). Events are announced only after they are stored.
 */
export class ActivityWriter {
  private queue: ActivityInput[] = [];
  private scheduled: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: ActivityWriterOptions) {}

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.scheduled);
    await this.flush();
  }

  /** The realtime server tunes batching (tests drive flushes themselves). */
  setFlushDelay(ms: number | undefined): void {
    this.options.flushDelayMs = ms;
  }

  enqueue(input: ActivityInput): void {
    this.queue.push({ ...input, at: input.at ?? new Date() });
    if (this.scheduled || this.stopped) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      void this.flush();
    }, this.options.flushDelayMs ?? 0);
    this.scheduled.unref();
  }

  /** Writes everything queued so far; concurrent calls are serialized so ids stay in announce order. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeBatch());
    return this.flushing;
  }

  private async writeBatch(): Promise<void> {
    if (this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.queue.length);
    try {
      const db = this.options.db();
      const shopperIds = [...new Set(batch.flatMap((e) => (e.shopperId ? [e.shopperId] : [])))];
      const shoppers =
        shopperIds.length === 0
          ? []
          : await db.shopper.findMany({
              where: { id: { in: shopperIds } },
              select: { id: true, alias: true, showAliasInFeed: true, _count: { select: { visitDays: true } } },
            });
      const byId = new Map(shoppers.map((s) => [s.id, s]));
      const rows = await db.activityEvent.createManyAndReturn({
        data: batch.map((e) => {
          const shopper = e.shopperId ? byId.get(e.shopperId) : undefined;
          return {
            kind: e.kind,
            productId: e.productId ?? null,
            shopperId: shopper ? shopper.id : null,
            alias: shopper?.showAliasInFeed ? shopper.alias : null,
            regular: isRegular(shopper?._count.visitDays ?? 0),
            count: e.count ?? 1,
            createdAt: e.at,
          };
        }),
        select: activitySelect,
      });
      rows.sort((a, b) => (a.id < b.id ? -1 : 1));
      this.options.onStored(rows.map((row) => toActivityEvent(row)));
    } catch (error) {
      this.options.onError(error);
    }
  }
}
