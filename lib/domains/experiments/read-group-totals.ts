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
 * Totals per kitchen (a holdout) or per block and kitchen (a switchback: each block is one observation). Work
 * grows with the outcomes, not the exposures, beyond one grouped scan of the experiment's exposures.
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
    )
    SELECT e."kitchen"::text AS "kitchen",
           CASE WHEN ${byBlock} THEN e."block" ELSE 0 END AS "block",
           count(*)::int AS "shoppers",
           (count(p."orders"))::int AS "converted",
           coalesce(sum(p."orders"), 0)::int AS "paidOrders",
           coalesce(sum(p."revenue"), 0)::float8 AS "revenueCents",
           coalesce(sum(p."revenue" * p."revenue"), 0)::float8 AS "revenueSquares",
           (count(*) FILTER (WHERE a."carted"))::int AS "carted",
           (count(*) FILTER (WHERE a."checkout"))::int AS "checkouts",
           coalesce(sum(a."questions"), 0)::int AS "questions",
           (count(*) FILTER (WHERE e."crossedAt" IS NOT NULL))::int AS "crossed",
           max(e."exposedAt") AS "lastExposureAt"
    FROM "ExperimentExposure" e
    LEFT JOIN paid p ON p."shopperId" = e."shopperId" AND p."block" = e."block"
    LEFT JOIN acts a ON a."shopperId" = e."shopperId" AND a."block" = e."block"
    WHERE e."experimentId" = ${experimentId}
    GROUP BY 1, 2
    ORDER BY 2, 1`;
  return rows.map((r) => ({ ...r, kitchen: r.kitchen === "CLOSED" ? "closed" : "open" }));
}
