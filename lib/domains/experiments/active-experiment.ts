import type { Db } from "@/lib/platform/db/client";
import type { ActiveExperiment } from "./experiment-dto";

/** The experiment that runs or pauses now (at most one: a partial unique index says so), or null. */
export async function readActiveExperiment(db: Db): Promise<ActiveExperiment | null> {
  const row = await db.experiment.findFirst({
    where: { status: { in: ["RUNNING", "PAUSED"] }, demo: false },
    select: {
      id: true,
      design: true,
      status: true,
      salt: true,
      closedShare: true,
      blockMinutes: true,
      washoutMinutes: true,
      startedAt: true,
    },
  });
  if (!row) return null;
  return {
    ...row,
    design: row.design === "SWITCHBACK" ? "switchback" : "holdout",
    status: row.status === "RUNNING" ? "running" : "paused",
  };
}

/**
 * How long an instance may go on with what it read: an owner's start, pause or end reaches every instance
 * within this, and a page view costs no query in between.
 */
export const ACTIVE_EXPERIMENT_TTL_MS = 2_000;

const globalForExperiment = globalThis as unknown as {
  okActiveExperiment?: Map<Db, { at: number; value: Promise<ActiveExperiment | null> }>;
};

export function cachedActiveExperiment(db: Db, now = Date.now()): Promise<ActiveExperiment | null> {
  const cache = (globalForExperiment.okActiveExperiment ??= new Map());
  const hit = cache.get(db);
  if (hit && now - hit.at < ACTIVE_EXPERIMENT_TTL_MS) return hit.value;
  const value = readActiveExperiment(db).catch((error: unknown) => {
    cache.delete(db);
    throw error;
  });
  cache.set(db, { at: now, value });
  return value;
}

/** After this process changed the experiment: its own next read is fresh at once. */
export function forgetActiveExperiment(db: Db): void {
  globalForExperiment.okActiveExperiment?.delete(db);
}
