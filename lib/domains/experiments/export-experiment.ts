import { createHmac } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import { paidOrdersSql } from "./paid-orders-sql";
import { readDailySeries } from "./read-daily-series";

const PAGE = 5_000;

const csvCell = (v: string | number) => (typeof v === "number" ? String(v) : `"${v.replaceAll('"', '""')}"`);
const csvLine = (cells: (string | number)[]) => `${cells.map(csvCell).join(",")}\n`;

/** New exposures and first conversions per day and kitchen, as CSV. */
export async function dailyCsv(db: Db, experimentId: string, timezone: string): Promise<string> {
  const rows = await readDailySeries(db, experimentId, timezone);
  return (
    csvLine(["day", "kitchen", "new_exposed_shoppers", "first_conversions"]) +
    rows.map((r) => csvLine([r.day, r.kitchen, r.exposed, r.converted])).join("")
  );
}

type ShopperRow = {
  shopperId: string;
  block: number;
  kitchen: string;
  exposedAt: Date;
  carted: boolean;
  checkout: boolean;
  paidOrders: number;
  revenue: number;
  questions: number;
};

/**
 * One row per exposed shopper (and block), under a pseudonym (an HMAC of the shopper id keyed by the experiment's
 * salt: stable within the export, unlinkable to the shop's ids without the salt). Read in pages inside one
 * repeatable-read transaction, so the file is one consistent snapshot however long it takes.
 */
export async function shoppersCsv(db: Db, experimentId: string, write: (chunk: string) => void): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const experiment = await tx.experiment.findUniqueOrThrow({ where: { id: experimentId }, select: { salt: true } });
      const pseudonym = (id: string) =>
        createHmac("sha256", experiment.salt).update(id).digest("base64url").slice(0, 16);
      write(
        csvLine([
          "shopper",
          "block",
          "kitchen",
          "exposed_at",
          "added_to_cart",
          "started_checkout",
          "paid_orders",
          "revenue_cents",
          "questions",
        ]),
      );
      for (let after = { shopperId: "", block: -1 }; ;) {
        const rows = await tx.$queryRaw<ShopperRow[]>`
          WITH paid AS MATERIALIZED (${paidOrdersSql(experimentId)})
          SELECT e."shopperId", e."block", e."kitchen"::text AS "kitchen", e."exposedAt",
                 EXISTS (SELECT 1 FROM "ExperimentOutcome" o WHERE o."experimentId" = e."experimentId" AND o."shopperId" = e."shopperId" AND o."block" = e."block" AND o."kind" = 'CART_ADD') AS "carted",
                 EXISTS (SELECT 1 FROM "ExperimentOutcome" o WHERE o."experimentId" = e."experimentId" AND o."shopperId" = e."shopperId" AND o."block" = e."block" AND o."kind" = 'CHECKOUT_START') AS "checkout",
                 coalesce(p."orders", 0)::int AS "paidOrders", coalesce(p."revenue", 0)::float8 AS "revenue",
                 (SELECT count(*) FROM "ExperimentOutcome" o WHERE o."experimentId" = e."experimentId" AND o."shopperId" = e."shopperId" AND o."block" = e."block" AND o."kind" = 'QUESTION_ASKED')::int AS "questions"
          FROM "ExperimentExposure" e LEFT JOIN paid p ON p."shopperId" = e."shopperId" AND p."block" = e."block"
          WHERE e."experimentId" = ${experimentId} AND (e."shopperId", e."block") > (${after.shopperId}, ${after.block})
          ORDER BY e."shopperId", e."block" LIMIT ${PAGE}`;
        for (const r of rows) {
          write(
            csvLine([
              pseudonym(r.shopperId),
              r.block,
              r.kitchen.toLowerCase(),
              r.exposedAt.toISOString(),
              r.carted ? 1 : 0,
              r.checkout ? 1 : 0,
              r.paidOrders,
              r.revenue,
              r.questions,
            ]),
          );
        }
        const last = rows.at(-1);
        if (!last || rows.length < PAGE) break;
        after = { shopperId: last.shopperId, block: last.block };
      }
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000, maxWait: 10_000 },
  );
}
