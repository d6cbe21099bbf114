import type { Db } from "@/lib/platform/db/client";
import type { TKitchen } from "@/lib/platform/contracts/experiments";
import { paidOrdersSql } from "./paid-orders-sql";

export interface DailyCounts {
  /** The day in the store's time zone, YYYY-MM-DD. */
  day: string;
  kitchen: TKitchen;
  exposed: number;
  /** Shoppers whose first paid order was placed that day. */
  converted: number;
}

/** New exposures and first conversions per day and kitchen, for the cumulative chart. */
export async function readDailySeries(db: Db, experimentId: string, timezone: string): Promise<DailyCounts[]> {
  const rows = await db.$queryRaw<(Omit<DailyCounts, "kitchen"> & { kitchen: string })[]>`
    WITH paid AS MATERIALIZED (${paidOrdersSql(experimentId)}),
    firsts AS (
      SELECT e."kitchen", p."firstAt" FROM paid p
      JOIN "ExperimentExposure" e ON e."experimentId" = ${experimentId} AND e."shopperId" = p."shopperId" AND e."block" = p."block"
    ),
    -- Quarter hours first (every time zone's offset is a whole number of them), then days in the store's zone:
    -- the zone conversion runs on a few thousand buckets rather than on every exposure.
    quarters AS (
      SELECT date_bin('15 minutes', "exposedAt", TIMESTAMP '2000-01-01') AS "at", "kitchen", count(*)::int AS "n"
      FROM "ExperimentExposure" WHERE "experimentId" = ${experimentId} GROUP BY 1, 2
    ),
    exposed AS (
      SELECT to_char(("at" AT TIME ZONE 'UTC') AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS "day", "kitchen", sum("n")::int AS "n"
      FROM quarters GROUP BY 1, 2
    ),
    converted AS (
      SELECT to_char(("firstAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS "day", "kitchen", count(*)::int AS "n"
      FROM firsts GROUP BY 1, 2
    )
    SELECT coalesce(x."day", c."day") AS "day", coalesce(x."kitchen", c."kitchen")::text AS "kitchen",
           coalesce(x."n", 0) AS "exposed", coalesce(c."n", 0) AS "converted"
    FROM exposed x FULL JOIN converted c ON c."day" = x."day" AND c."kitchen" = x."kitchen"
    ORDER BY 1`;
  return rows.map((r) => ({ ...r, kitchen: r.kitchen === "CLOSED" ? "closed" : "open" }));
}
