import type { TExperimentDesign } from "@/lib/platform/contracts/experiments";
import type { ExperimentStatus } from "./experiment-dto";
import type { GroupTotals } from "./read-group-totals";
import { binaryMoments, revenueMoments, summarizeGroup, type GroupSummary } from "./group-summary";
import { arrivalCheck, crossoverCheck, sampleRatioCheck, type HealthCheck } from "./health-checks";
import { missingData } from "./result-gate";
import { compareMeans } from "./stats/difference";
import type { MetricComparison } from "./metric-comparison";

export type { MetricComparison } from "./metric-comparison";
import { compareBlockPairs, MIN_PAIRS } from "./switchback-pairs";

export interface ExperimentResults {
  design: TExperimentDesign;
  groups: GroupSummary[];
  comparisons: MetricComparison[];
  health: HealthCheck[];
  /** Empty once each group has enough data; otherwise what is still missing. */
  missing: string[];
  /** Differences are shown as a verdict only when nothing is missing and every health check passes. */
  verdictShown: boolean;
  /** Switchback: complete open/closed block pairs analysed. */
  pairs?: number;
}

export interface AnalysisInput {
  design: TExperimentDesign;
  status: ExperimentStatus;
  closedShare: number;
  totals: GroupTotals[];
  now: Date;
  /** Switchback: blocks that have ended (only whole blocks are compared). */
  completeBlocks?: number;
}

/**
 * From the stored totals to what the owner reads. A holdout compares shoppers (the anytime-valid interval on
 * per-shopper conversion and revenue); a switchback compares blocks, one observation per block, in open/closed
 * pairs. Health checks and the minimum-data gate decide whether the differences may be read as a verdict.
 */
export function analyzeExperiment(input: AnalysisInput): ExperimentResults {
  const groups = [summarizeGroup("open", input.totals), summarizeGroup("closed", input.totals)];
  const [open, closed] = groups as [GroupSummary, GroupSummary];
  const missing = missingData(groups);
  const health = [crossoverCheck(groups), arrivalCheck(groups, input.status === "running", input.now)];

  if (input.design === "switchback") {
    const paired = compareBlockPairs(input.totals, input.completeBlocks ?? 0);
    if (paired.pairs < MIN_PAIRS) missing.push(`needs ${MIN_PAIRS - paired.pairs} more complete pairs of blocks`);
    return finish(input.design, groups, paired.comparisons, health, missing, paired.pairs);
  }

  health.unshift(sampleRatioCheck(groups, input.closedShare));
  const comparisons: MetricComparison[] = [
    {
      metric: "conversion",
      label: "Conversion (shoppers with a paid order)",
      difference: compareMeans(
        binaryMoments(open.shoppers, open.converted),
        binaryMoments(closed.shoppers, closed.converted),
      ),
    },
    {
      metric: "revenuePerVisitor",
      label: "Revenue per visitor",
      difference: compareMeans(revenueMoments(input.totals, "open"), revenueMoments(input.totals, "closed")),
    },
    {
      metric: "addToCart",
      label: "Add-to-cart rate",
      difference: compareMeans(
        binaryMoments(open.shoppers, Math.round(open.addToCartRate * open.shoppers)),
        binaryMoments(closed.shoppers, Math.round(closed.addToCartRate * closed.shoppers)),
      ),
    },
  ];
  return finish(input.design, groups, comparisons, health, missing);
}

function finish(
  design: TExperimentDesign,
  groups: GroupSummary[],
  comparisons: MetricComparison[],
  health: HealthCheck[],
  missing: string[],
  pairs?: number,
): ExperimentResults {
  const verdictShown = missing.length === 0 && health.every((h) => h.ok);
  return { design, groups, comparisons, health, missing, verdictShown, ...(pairs === undefined ? {} : { pairs }) };
}
