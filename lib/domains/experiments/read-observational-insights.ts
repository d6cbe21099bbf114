import type { Db } from "@/lib/platform/db/client";
import { paidOrdersSql } from "./paid-orders-sql";

export interface InsightRow {
  label: string;
  shoppers: number;
  converted: number;
}

export interface ObservationalInsights {
  /** Open-kitchen shoppers who asked, by how soon the first host answer to their first question came. */
  byAnswerDelay: InsightRow[];
  byHostOnDuty: InsightRow[];
  byRecentKitchenUpdate: InsightRow[];
}

type Row = { bucket: string; shoppers: number; converted: number };

const ORDER = {
  delay: ["Answered within 10 min", "Answered in 10–60 min", "Answered after more than 1 h", "Never answered"],
  duty: ["A host was on duty when they arrived", "No host was on duty when they arrived"],
  update: [
    "Arrived within 24 h after a kitchen update was posted",
    "No kitchen update in the 24 h before they arrived",
  ],
};

function rows(found: Row[], order: string[]): InsightRow[] {
  return order.map((label) => {
    const row = found.find((r) => r.bucket === label);
    return { label, shoppers: row?.shoppers ?? 0, converted: row?.converted ?? 0 };
  });
}

/**
 * Conversion among open-kitchen shoppers split by things the shop did not randomize. Observational: shoppers who
 * ask, or arrive while a host is on duty, differ in other ways too, so none of this is the effect of answering.
 */
export async function readObservationalInsights(db: Db, experimentId: string): Promise<ObservationalInsights> {
  const [delay, duty, update] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH paid AS MATERIALIZED (${paidOrdersSql(experimentId)}),
      asked AS (
        SELECT DISTINCT ON (o."shopperId") o."shopperId", o."block", o."ref", o."at" FROM "ExperimentOutcome" o
        JOIN "ExperimentExposure" e USING ("experimentId", "shopperId", "block")
        WHERE o."experimentId" = ${experimentId} AND o."kind" = 'QUESTION_ASKED' AND e."kitchen" = 'OPEN'
        ORDER BY o."shopperId", o."at"
      ),
      answered AS (
        SELECT a."shopperId", a."block", extract(epoch FROM min(r."createdAt") - a."at") / 60 AS "minutes"
        FROM asked a LEFT JOIN "Reply" r ON r."questionId" = a."ref" AND r."staffId" IS NOT NULL AND NOT r."hidden"
        GROUP BY 1, 2, a."at"
      )
      SELECT CASE WHEN "minutes" IS NULL THEN ${ORDER.delay[3]} WHEN "minutes" < 10 THEN ${ORDER.delay[0]}
                  WHEN "minutes" <= 60 THEN ${ORDER.delay[1]} ELSE ${ORDER.delay[2]} END AS "bucket",
             count(*)::int AS "shoppers", count(p."orders")::int AS "converted"
      FROM answered x LEFT JOIN paid p USING ("shopperId", "block") GROUP BY 1`,
    db.$queryRaw<Row[]>`
      WITH paid AS MATERIALIZED (${paidOrdersSql(experimentId)})
      SELECT CASE WHEN e."hostOnDuty" THEN ${ORDER.duty[0]} ELSE ${ORDER.duty[1]} END AS "bucket",
             count(*)::int AS "shoppers", count(p."orders")::int AS "converted"
      FROM "ExperimentExposure" e LEFT JOIN paid p USING ("shopperId", "block")
      WHERE e."experimentId" = ${experimentId} AND e."kitchen" = 'OPEN' GROUP BY 1`,
    db.$queryRaw<Row[]>`
      WITH paid AS MATERIALIZED (${paidOrdersSql(experimentId)})
      SELECT CASE WHEN EXISTS (
               SELECT 1 FROM "KitchenUpdate" k WHERE k."removedAt" IS NULL
               AND k."createdAt" BETWEEN e."exposedAt" - interval '24 hours' AND e."exposedAt")
             THEN ${ORDER.update[0]} ELSE ${ORDER.update[1]} END AS "bucket",
             count(*)::int AS "shoppers", count(p."orders")::int AS "converted"
      FROM "ExperimentExposure" e LEFT JOIN paid p USING ("shopperId", "block")
      WHERE e."experimentId" = ${experimentId} AND e."kitchen" = 'OPEN' GROUP BY 1`,
  ]);
  return {
    byAnswerDelay: rows(delay, ORDER.delay),
    byHostOnDuty: rows(duty, ORDER.duty),
    byRecentKitchenUpdate: rows(update, ORDER.update),
  };
}
