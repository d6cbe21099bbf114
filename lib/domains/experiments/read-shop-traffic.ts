import type { Db } from "@/lib/platform/db/client";
import type { ShopTraffic } from "./estimate-duration";

export const TRAFFIC_DAYS = 28;

/** The shop's own last 28 days: what an experiment's duration is estimated from. */
export async function readShopTraffic(db: Db, now = new Date()): Promise<ShopTraffic> {
  const since = new Date(now.getTime() - TRAFFIC_DAYS * 24 * 60 * 60 * 1000);
  const [row] = await db.$queryRaw<{ shoppers: number; buyers: number }[]>`
    SELECT (SELECT count(DISTINCT "shopperId") FROM "ShopperVisitDay" WHERE "day" >= ${since}::date)::int AS "shoppers",
           (SELECT count(DISTINCT "shopperId") FROM "Order"
             WHERE "createdAt" >= ${since} AND "status" <> 'CANCELLED' AND ("paidAt" IS NOT NULL OR "status" = 'DELIVERED'))::int AS "buyers"`;
  const shoppers = row?.shoppers ?? 0;
  return {
    shoppersPerDay: shoppers / TRAFFIC_DAYS,
    conversion: shoppers > 0 ? Math.min(1, (row?.buyers ?? 0) / shoppers) : 0,
  };
}
