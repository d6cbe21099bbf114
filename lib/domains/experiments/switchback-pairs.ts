import type { GroupTotals } from "./read-group-totals";
import type { MetricComparison } from "./metric-comparison";
import { ALPHA, sequentialHalfWidth } from "./stats/confidence-sequence";
import { varianceOf, type Difference, type MeanMoments } from "./stats/difference";

/** Fewer pairs than this give no interval worth showing. */
export const MIN_PAIRS = 6;
/** Where the pair-level interval is tightest: about a month of two-hour blocks. */
const PAIR_TUNING = 100;

type Metric = (row: GroupTotals) => number;
const conversion: Metric = (r) => (r.shoppers > 0 ? r.converted / r.shoppers : 0);
const revenuePerVisitor: Metric = (r) => (r.shoppers > 0 ? r.revenueCents / r.shoppers : 0);

/**
 * A switchback's evidence: each complete pair of blocks (one open, one closed, in random order) gives one
 * difference of the block-level metric; the anytime-valid interval is on the mean of those differences.
 */
export function compareBlockPairs(totals: GroupTotals[], completeBlocks: number) {
  const pairs = new Map<number, { open?: GroupTotals; closed?: GroupTotals }>();
  for (const row of totals) {
    if (row.block >= completeBlocks - (completeBlocks % 2)) continue;
    const pair = pairs.get(Math.floor(row.block / 2)) ?? {};
    pair[row.kitchen] = row;
    pairs.set(Math.floor(row.block / 2), pair);
  }
  const whole = [...pairs.values()].filter((p): p is Required<typeof p> => Boolean(p.open && p.closed));
  const compare = (metric: Metric): Difference | null => {
    if (whole.length < 2) return null;
    const diffs = whole.map((p) => metric(p.open) - metric(p.closed));
    const moments: MeanMoments = {
      n: diffs.length,
      sum: diffs.reduce((a, b) => a + b, 0),
      sumSquares: diffs.reduce((a, b) => a + b * b, 0),
    };
    const estimate = moments.sum / moments.n;
    const width = sequentialHalfWidth(varianceOf(moments), moments.n, ALPHA, PAIR_TUNING);
    const closedMean = whole.reduce((t, p) => t + metric(p.closed), 0) / whole.length;
    const absolute = { estimate, lower: estimate - width, upper: estimate + width };
    const relative =
      closedMean > 0
        ? { estimate: estimate / closedMean, lower: absolute.lower / closedMean, upper: absolute.upper / closedMean }
        : null;
    return { absolute, relative, significant: absolute.lower > 0 || absolute.upper < 0 };
  };
  const comparisons: MetricComparison[] = [
    { metric: "conversion", label: "Conversion per block", difference: compare(conversion) },
    { metric: "revenuePerVisitor", label: "Revenue per visitor per block", difference: compare(revenuePerVisitor) },
  ];
  return { pairs: whole.length, comparisons };
}
