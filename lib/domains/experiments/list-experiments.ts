import type { Db } from "@/lib/platform/db/client";
import { experimentSummaryDto, experimentSummarySelect, type ExperimentSummary } from "./experiment-dto";

/** Every experiment, newest first; the demo store's simulated one included (marked). */
export async function listExperiments(db: Db): Promise<ExperimentSummary[]> {
  const rows = await db.experiment.findMany({ select: experimentSummarySelect, orderBy: { startedAt: "desc" } });
  return rows.map(experimentSummaryDto);
}

export async function getExperiment(db: Db, id: string): Promise<ExperimentSummary | null> {
  const row = await db.experiment.findUnique({ where: { id }, select: experimentSummarySelect });
  return row ? experimentSummaryDto(row) : null;
}
