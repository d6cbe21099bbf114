import type { Db } from "@/lib/platform/db/client";
import type { TKitchen } from "@/lib/platform/contracts/experiments";
import { paidOrdersSql } from "./paid-orders-sql";

/** One group's (or one switchback block's) counts, aggregated in Postgres. */
export interface GroupTotals {
  kitchen: TKitchen;
  block: number;
  shoppers: number;
  /** Shoppers with at least one paid order. */
  converted: number;
  paidOrders: number;
  revenueCents: number;
  /** Σ (revenue per shopper)², for the variance of revenue per visitor. */
  revenueSquares: number;
  carted: number;
  checkouts: number;
  questions: number;
  /** Shoppers later seen with the other group's kitchen. */
  crossed: number;
  lastExposureAt: Date | null;
}

type Row = Omit<GroupTotals, "kitchen"> & { kitchen: "OPEN" | "CLOSED" };

/**
 * Totals per kitchen (a holdout) or per block and kitchen (a switchback: each block is one observation). One
 * grouped count over the exposures; everything else starts from the outcomes (few shoppers have any), joined
 * to their exposure by its key, so the work beyond that count grows with what shoppers did, not with traffic.
 * Outcomes exist only for exposed shoppers (record-outcome.ts), so nothing is lost by starting from them.
 */
export async function readGroupTotals(db: Db, experimentId: string, byBlock: boolean): Promise<GroupTotals[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH paid AS MATERIALIZED (${paidOrdersSql(experimentId)}),
    acts AS MATERIALIZED (
      SELECT "shopperId", "block",
             bool_or("kind" = 'CART_ADD') AS "carted",
             bool_or("kind" = 'CHECKOUT_START') AS "checkout",
             (count(*) FILTER (WHERE "kind" = 'QUESTION_ASKED'))::int AS "questions"
      FROM "ExperimentOutcome" WHERE "experimentId" = ${experimentId} GROUP BY 1, 2
    ),
    facts AS MATERIALIZED (
      SELECT coalesce(a."shopperId", p."shopperId") AS "shopperId", coalesce(a."block", p."block") AS "block",
             a."carted", a."checkout", a."questions", p."orders", p."revenue"
      FROM acts a FULL JOIN paid p ON p."shopperId" = a."shopperId" AND p."block" = a."block"
    ),
    exposed AS (
      SELECT "kitchen", CASE WHEN ${byBlock} THEN "block" ELSE 0 END AS "block", count(*)::int AS "shoppers",
             (count(*) FILTER (WHERE "crossedAt" IS NOT NULL))::int AS "crossed", max("exposedAt") AS "lastExposureAt"
      FROM "ExperimentExposure" WHERE "experimentId" = ${experimentId} GROUP BY 1, 2
    ),
    did AS (
      SELECT e."kitchen", CASE WHEN ${byBlock} THEN e."block" ELSE 0 END AS "block",
             count(f."orders")::int AS "converted",
             coalesce(sum(f."orders"), 0)::int AS "paidOrders",
             coalesce(sum(f."revenue"), 0)::float8 AS "revenueCents",
             coalesce(sum(f."revenue" * f."revenue"), 0)::float8 AS "revenueSquares",
             (count(*) FILTER (WHERE f."carted"))::int AS "carted",
             (count(*) FILTER (WHERE f."checkout"))::int AS "checkouts",
             coalesce(sum(f."questions"), 0)::int AS "questions"
      FROM facts f
      JOIN "ExperimentExposure" e ON e."experimentId" = ${experimentId} AND e."shopperId" = f."shopperId" AND e."block" = f."block"
      GROUP BY 1, 2
    )
    SELECT x."kitchen"::text AS "kitchen", x."block", x."shoppers",
           coalesce(d."converted", 0) AS "converted", coalesce(d."paidOrders", 0) AS "paidOrders",
           coalesce(d."revenueCents", 0)::float8 AS "revenueCents", coalesce(d."revenueSquares", 0)::float8 AS "revenueSquares",
           coalesce(d."carted", 0) AS "carted", coalesce(d."checkouts", 0) AS "checkouts", coalesce(d."questions", 0) AS "questions",
           x."crossed", x."lastExposureAt"
    FROM exposed x LEFT JOIN did d ON d."kitchen" = x."kitchen" AND d."block" = x."block"
    ORDER BY 2, 1`;
  return rows.map((r) => ({ ...r, kitchen: r.kitchen === "CLOSED" ? "closed" : "open" }));
}
