import type { Db } from "@/lib/platform/db/client";
import type { TActivityEvent, TActivityKind } from "@/lib/platform/contracts/activity";
import { activitySelect, toActivityEvent } from "./activity-dto";

export interface ActivityQuery {
  kinds: readonly TActivityKind[] | readonly string[];
  productId?: string;
  limit?: number;
}

/** Latest broadcastable events, newest first (catch-up after a reconnect is `activitySince`). */
export async function readActivity(db: Db, query: ActivityQuery): Promise<TActivityEvent[]> {
  const rows = await db.activityEvent.findMany({
    where: {
      kind: { in: [...query.kinds] },
      ...(query.productId ? { productId: query.productId } : {}),
    },
    select: activitySelect,
    orderBy: { id: "desc" },
    take: Math.min(query.limit ?? 20, 100),
  });
  return rows.map((row) => toActivityEvent(row));
}

/** The newest stored event's id of any kind ("0" when there is none): where a page's catch-up starts. */
export async function latestActivityId(db: Db): Promise<string> {
  const { _max } = await db.activityEvent.aggregate({ _max: { id: true } });
  return (_max.id ?? 0n).toString();
}

/** Most events one `activitySince` call returns; a client further behind asks again after the last id. */
export const ACTIVITY_SINCE_PAGE = 100;

/**
 * Catch-up after a reconnect: the broadcastable events after `afterId`, oldest first, one page of at most
 * `pageSize`. `more` says later events exist (ask again after the last one returned).
 */
export async function activitySince(
  db: Db,
  query: { kinds: ActivityQuery["kinds"]; afterId: bigint; pageSize?: number },
): Promise<{ events: TActivityEvent[]; more: boolean }> {
  const pageSize = query.pageSize ?? ACTIVITY_SINCE_PAGE;
  // One row past the page tells whether there is more, without a count.
  const rows = await db.activityEvent.findMany({
    where: { kind: { in: [...query.kinds] }, id: { gt: query.afterId } },
    select: activitySelect,
    orderBy: { id: "asc" },
    take: pageSize + 1,
  });
  const more = rows.length > pageSize;
  return { events: (more ? rows.slice(0, pageSize) : rows).map((row) => toActivityEvent(row)), more };
}

export async function purgeExpiredActivity(db: Db, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const { count } = await db.activityEvent.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
