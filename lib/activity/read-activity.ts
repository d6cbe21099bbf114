import type { Db } from "@/lib/db/client";
import type { TActivityEvent, TActivityKind } from "@/lib/contracts/activity";
import { activitySelect, toActivityEvent } from "./activity-dto";

export interface ActivityQuery {
  kinds: readonly TActivityKind[] | readonly string[];
  productId?: string;
  /** Only events after this id (catch-up after a reconnect), oldest first. */
  afterId?: bigint;
  limit?: number;
}

/** Latest broadcastable events, newest first; or, with afterId, the missed ones oldest first. */
export async function readActivity(db: Db, query: ActivityQuery): Promise<TActivityEvent[]> {
  const rows = await db.activityEvent.findMany({
    where: {
      kind: { in: [...query.kinds] },
      ...(query.productId ? { productId: query.productId } : {}),
      ...(query.afterId !== undefined ? { id: { gt: query.afterId } } : {}),
    },
    select: activitySelect,
    orderBy: { id: query.afterId !== undefined ? "asc" : "desc" },
    take: Math.min(query.limit ?? 20, 100),
  });
  return rows.map((row) => toActivityEvent(row));
}

export async function purgeExpiredActivity(db: Db, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const { count } = await db.activityEvent.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
