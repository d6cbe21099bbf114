import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import type { TStartExperiment } from "@/lib/platform/contracts/experiments";
import { isUniqueViolation } from "@/lib/platform/db/prisma-errors";
import { ExperimentError } from "./experiment-error";
import { forgetActiveExperiment } from "./active-experiment";

/** Starts an experiment now; refused while another runs or pauses (one at a time, enforced by the database). */
export async function startExperiment(
  db: Db,
  input: TStartExperiment,
  startedByName: string,
  now = new Date(),
): Promise<{ id: string }> {
  const switchback = input.design === "switchback";
  try {
    const created = await db.experiment.create({
      data: {
        name: input.name,
        design: switchback ? "SWITCHBACK" : "HOLDOUT",
        salt: randomBytes(16).toString("base64url"),
        closedShare: switchback ? 0 : input.closedSharePercent / 100,
        blockMinutes: switchback ? input.blockHours * 60 : 0,
        washoutMinutes: switchback ? input.washoutMinutes : 0,
        windowDays: input.windowDays,
        startedAt: now,
        startedByName,
      },
      select: { id: true },
    });
    forgetActiveExperiment(db);
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ExperimentError(
        "Another experiment is running or paused: end it before starting a new one.",
        "conflict",
      );
    }
    throw error;
  }
}
