import type { Db } from "@/lib/platform/db/client";
import type { TKitchen } from "@/lib/platform/contracts/experiments";
import type { KitchenCookie } from "@/lib/platform/contracts/kitchen-cookie";
import { logger } from "@/lib/platform/log/logger";
import { cachedActiveExperiment } from "./active-experiment";
import { kitchenFor } from "./kitchen-for";

export interface EnrolInput {
  shopperId: string;
  /** Staff and crawlers are never enrolled: they see the open kitchen and count nowhere. */
  excluded: boolean;
  /** What the browser's kitchen cookie says, if anything. */
  cookie: KitchenCookie | null;
  now?: Date;
}

export interface Enrolment {
  kitchen: TKitchen;
  /** The cookie to set; null to clear it (no experiment, or the exposure could not be stored yet). */
  cookie: KitchenCookie | null;
}

/**
 * A shop page view (GET /api/shopper, which every shop page asks): decides the kitchen and stores the shopper's
 * exposure the first time they view a page in the experiment (per block in a switchback). A browser whose cookie
 * already carries this experiment and block was exposed before, so most page views cost no write. A cookie that
 * shows the other group's kitchen is a crossover, which a health check counts.
 */
export async function enrolShopper(
  db: Db,
  { shopperId, excluded, cookie, now = new Date() }: EnrolInput,
): Promise<Enrolment> {
  if (excluded) return { kitchen: "open", cookie: null };
  const decision = kitchenFor(await cachedActiveExperiment(db), shopperId, now);
  const { enrolment, kitchen } = decision;
  if (!enrolment) return { kitchen, cookie: null };
  const next: KitchenCookie = {
    kitchen,
    experimentId: enrolment.experimentId,
    block: enrolment.block,
    validUntil: enrolment.validUntil.getTime(),
  };
  const known = cookie?.experimentId === enrolment.experimentId && cookie.block === enrolment.block;
  try {
    if (known && cookie.kitchen !== kitchen) await markCrossed(db, shopperId, enrolment.experimentId, now);
    else if (!known && enrolment.counted) await storeExposure(db, shopperId, enrolment, kitchen, now);
  } catch (err) {
    // The shopper still gets their kitchen; without the cookie the next page view tries to store it again.
    logger.warn({ err }, "experiment exposure not stored");
    return { kitchen, cookie: null };
  }
  return { kitchen, cookie: next };
}

async function storeExposure(
  db: Db,
  shopperId: string,
  { experimentId, block }: { experimentId: string; block: number },
  kitchen: TKitchen,
  now: Date,
): Promise<void> {
  const stored = kitchen === "closed" ? "CLOSED" : "OPEN";
  await db.$executeRaw`
    INSERT INTO "ExperimentExposure" ("experimentId", "shopperId", "block", "kitchen", "hostOnDuty", "exposedAt")
    SELECT ${experimentId}, ${shopperId}, ${block}, ${stored}::"Kitchen",
           EXISTS (SELECT 1 FROM "user" WHERE "active" AND "onDutySince" IS NOT NULL), ${now}
    FROM "Experiment" WHERE "id" = ${experimentId} AND "status" = 'RUNNING'
    ON CONFLICT DO NOTHING`;
}

async function markCrossed(db: Db, shopperId: string, experimentId: string, now: Date): Promise<void> {
  await db.experimentExposure.updateMany({
    where: { experimentId, shopperId, crossedAt: null },
    data: { crossedAt: now },
  });
}
