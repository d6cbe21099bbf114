import type { Db } from "@/lib/platform/db/client";
import { logger } from "@/lib/platform/log/logger";

export type OutcomeKind = "CART_ADD" | "CHECKOUT_START" | "ORDER_PLACED" | "QUESTION_ASKED";

export interface OutcomeInput {
  shopperId: string;
  kind: OutcomeKind;
  /** The order or question id; omitted for outcomes counted once per shopper (and block). */
  ref?: string;
  amountCents?: number;
  at?: Date;
}

/**
 * Notes what a shopper did for the running experiment they were exposed to, in one statement that writes nothing
 * when they were not: only after their exposure, within the experiment's window, and in a switchback only in
 * the block they were exposed in and outside its washout. Whether an order counts as paid is read later from
 * the order itself, by the shop's one purchase rule. Never fails the caller: an outcome lost to an outage is
 * logged, the shopper's action stands.
 */
export async function recordOutcome(
  db: Db,
  { shopperId, kind, ref = "", amountCents = 0, at = new Date() }: OutcomeInput,
) {
  try {
    await db.$executeRaw`
      INSERT INTO "ExperimentOutcome" ("experimentId", "shopperId", "block", "kind", "ref", "amountCents", "at")
      SELECT x."id", e."shopperId", e."block", ${kind}::"OutcomeKind", ${ref}, ${amountCents}, ${at}
      FROM "Experiment" x
      JOIN "ExperimentExposure" e ON e."experimentId" = x."id" AND e."shopperId" = ${shopperId}
      CROSS JOIN LATERAL (
        SELECT floor(extract(epoch FROM ${at}::timestamp - x."startedAt") / (60 * greatest(x."blockMinutes", 1)))::int AS "block"
      ) b
      WHERE x."status" = 'RUNNING' AND NOT x."demo"
        AND e."exposedAt" <= ${at} AND ${at}::timestamp < e."exposedAt" + make_interval(days => x."windowDays")
        AND (x."design" = 'HOLDOUT' OR (
          e."block" = b."block"
          AND extract(epoch FROM ${at}::timestamp - x."startedAt") - b."block" * 60 * x."blockMinutes" >= 60 * x."washoutMinutes"))
      ON CONFLICT DO NOTHING`;
  } catch (err) {
    logger.warn({ err, kind }, "experiment outcome not stored");
  }
}
