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
  const [delay, split] = await Promise.all([
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
    // Host on duty and a recent kitchen update in one pass: exposures grouped by the minute they arrived (the
    // update check runs per minute, not per shopper), buyers joined from the paid side.
    db.$queryRaw<{ hostOnDuty: boolean; recent: boolean; shoppers: number; converted: number }[]>`
      WITH paid AS MATERIALIZED (${paidOrdersSql(experimentId)}),
      minutes AS (
        SELECT "hostOnDuty", date_bin('1 minute', "exposedAt", TIMESTAMP '2000-01-01') AS "at", count(*)::int AS "n"
        FROM "ExperimentExposure" WHERE "experimentId" = ${experimentId} AND "kitchen" = 'OPEN' GROUP BY 1, 2
      ),
      buyers AS (
        SELECT e."hostOnDuty", date_bin('1 minute', e."exposedAt", TIMESTAMP '2000-01-01') AS "at", count(*)::int AS "n"
        FROM paid p
        JOIN "ExperimentExposure" e ON e."experimentId" = ${experimentId} AND e."shopperId" = p."shopperId" AND e."block" = p."block"
        WHERE e."kitchen" = 'OPEN' GROUP BY 1, 2
      )
      SELECT m."hostOnDuty",
             EXISTS (SELECT 1 FROM "KitchenUpdate" k WHERE k."removedAt" IS NULL
                     AND k."createdAt" BETWEEN m."at" - interval '24 hours' AND m."at" + interval '1 minute') AS "recent",
             sum(m."n")::int AS "shoppers", coalesce(sum(b."n"), 0)::int AS "converted"
      FROM minutes m LEFT JOIN buyers b ON b."hostOnDuty" = m."hostOnDuty" AND b."at" = m."at"
      GROUP BY 1, 2`,
  ]);
  const sumBy = (label: (r: (typeof split)[number]) => string): Row[] => {
    const byLabel = new Map<string, Row>();
    for (const r of split) {
      const row = byLabel.get(label(r)) ?? { bucket: label(r), shoppers: 0, converted: 0 };
      row.shoppers += r.shoppers;
      row.converted += r.converted;
      byLabel.set(row.bucket, row);
    }
    return [...byLabel.values()];
  };
  return {
    byAnswerDelay: rows(delay, ORDER.delay),
    byHostOnDuty: rows(
      sumBy((r) => ORDER.duty[r.hostOnDuty ? 0 : 1]!),
      ORDER.duty,
    ),
    byRecentKitchenUpdate: rows(
      sumBy((r) => ORDER.update[r.recent ? 0 : 1]!),
      ORDER.update,
    ),
  };
}
