import type { Db } from "@/lib/platform/db/client";
import { analyzeExperiment, type ExperimentResults } from "./analyze-experiment";
import { cumulativeSeries, type CumulativePoint } from "./cumulative-series";
import { getExperiment } from "./list-experiments";
import { readDailySeries } from "./read-daily-series";
import { readGroupTotals } from "./read-group-totals";
import { readObservationalInsights, type ObservationalInsights } from "./read-observational-insights";
import { blockAt } from "./switchback-schedule";
import type { ExperimentSummary } from "./experiment-dto";

export interface ExperimentReport {
  experiment: ExperimentSummary;
  results: ExperimentResults;
  /** Holdout only: the cumulative difference in conversion per day. */
  series: CumulativePoint[];
  insights: ObservationalInsights;
}

/** Everything the results page shows for one experiment; null when there is no such experiment. */
export async function readExperimentReport(
  db: Db,
  id: string,
  timezone: string,
  now = new Date(),
): Promise<ExperimentReport | null> {
  const experiment = await getExperiment(db, id);
  if (!experiment) return null;
  const switchback = experiment.design === "switchback";
  const [totals, daily, insights] = await Promise.all([
    readGroupTotals(db, id, switchback),
    switchback ? Promise.resolve([]) : readDailySeries(db, id, timezone),
    readObservationalInsights(db, id),
  ]);
  const until = experiment.endedAt ?? now;
  const completeBlocks = switchback ? blockAt({ ...experiment, salt: "" }, until) : undefined;
  const results = analyzeExperiment({
    design: experiment.design,
    status: experiment.status,
    closedShare: experiment.closedShare,
    totals,
    now,
    ...(completeBlocks === undefined ? {} : { completeBlocks }),
  });
  return { experiment, results, series: cumulativeSeries(daily), insights };
}
