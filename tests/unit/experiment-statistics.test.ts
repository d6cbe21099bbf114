import { describe, expect, it } from "vitest";
import { mixingParameter, sequentialHalfWidth } from "@/lib/domains/experiments/stats/confidence-sequence";
import { compareMeans } from "@/lib/domains/experiments/stats/difference";
import { sampleRatioPValue } from "@/lib/domains/experiments/stats/sample-ratio";
import { fixedHorizonSampleSize, sequentialSampleSize } from "@/lib/domains/experiments/stats/sample-size";

// Reference values computed once, independently, by GrowthBook's own statistics code (gbstats, from
// github.com/growthbook/growthbook packages/stats at 8f1db44: `sequential_rho`, `sequential_interval_halfwidth`
// in gbstats/frequentist/tests.py and `check_srm` in gbstats/utils.py, run with numpy 2.4.6 and scipy 1.17.1), and
// by scipy's normal quantiles for the two-proportion sample size.
const GBSTATS_HALF_WIDTHS = [
  { variance: 0.25, n: 1000, tuning: 5000, halfWidth: 0.05318773503278752 },
  { variance: 0.0291, n: 20000, tuning: 5000, halfWidth: 0.0037720308021589382 },
  { variance: 4.0, n: 300, tuning: 1000, halfWidth: 0.36946363852131187 },
  { variance: 1.0, n: 50000, tuning: 5000, halfWidth: 0.014497426634721988 },
];
const GBSTATS_SRM = [
  { users: [5000, 5000], shares: [0.5, 0.5], p: 1.0 },
  { users: [5100, 4900], shares: [0.5, 0.5], p: 0.04550026389635857 },
  { users: [1040, 960], shares: [0.5, 0.5], p: 0.07363827012030258 },
  { users: [9200, 800], shares: [0.9, 0.1], p: 2.6167849372106072e-11 },
  { users: [8870, 1130], shares: [0.9, 0.1], p: 1.4686847673789387e-5 },
];
const SCIPY_SAMPLE_SIZES = [
  { baseline: 0.02, lift: 0.2, closedShare: 0.5, n: 42211.2752113294 },
  { baseline: 0.02, lift: 0.1, closedShare: 0.5, n: 161357.26957874824 },
  { baseline: 0.03, lift: 0.1, closedShare: 0.5, n: 106415.11143830475 },
  { baseline: 0.02, lift: 0.2, closedShare: 0.1, n: 108916.2877803175 },
  { baseline: 0.03, lift: 0.1, closedShare: 0.05, n: 536855.111850809 },
];

describe("the anytime-valid interval", () => {
  it("has GrowthBook's mixing parameter", () => {
    expect(mixingParameter(0.05, 5000)).toBeCloseTo(0.03984006677137368, 12);
  });

  it.each(GBSTATS_HALF_WIDTHS)(
    "matches gbstats' half-width for s²=$variance, n=$n",
    ({ variance, n, tuning, halfWidth }) => {
      expect(sequentialHalfWidth(variance, n, 0.05, tuning)).toBeCloseTo(halfWidth, 10);
    },
  );

  it("is wider than the fixed-horizon interval and narrows as shoppers arrive", () => {
    const group = (n: number, conversions: number) => ({ n, sum: conversions, sumSquares: conversions });
    const small = compareMeans(group(2000, 60), group(2000, 40))!;
    const large = compareMeans(group(20000, 600), group(20000, 400))!;
    const fixed = compareMeans(group(2000, 60), group(2000, 40), "fixed")!;
    const width = (d: typeof small) => d.absolute.upper - d.absolute.lower;
    expect(width(small)).toBeGreaterThan(width(fixed));
    expect(width(large)).toBeLessThan(width(small));
    expect(small.absolute.estimate).toBeCloseTo(0.01, 12);
    expect(small.relative!.estimate).toBeCloseTo(0.5, 12);
    expect(large.significant).toBe(true);
  });

  it("says nothing while the closed group has no conversions to divide by", () => {
    const none = compareMeans({ n: 100, sum: 3, sumSquares: 3 }, { n: 100, sum: 0, sumSquares: 0 });
    expect(none?.relative).toBeNull();
    expect(compareMeans({ n: 1, sum: 1, sumSquares: 1 }, { n: 100, sum: 0, sumSquares: 0 })).toBeNull();
  });
});

describe("sample-ratio mismatch", () => {
  it.each(GBSTATS_SRM)("matches gbstats' check_srm for $users", ({ users, shares, p }) => {
    expect(sampleRatioPValue(users, shares)).toBeCloseTo(p, 10);
    if (p > 1e-9) expect(Math.abs(sampleRatioPValue(users, shares) - p) / p).toBeLessThan(1e-6);
  });
});

describe("how many shoppers a lift needs", () => {
  it.each(SCIPY_SAMPLE_SIZES)("fixed horizon: $baseline at +$lift with $closedShare closed", (row) => {
    expect(Math.abs(fixedHorizonSampleSize(row) - row.n)).toBeLessThanOrEqual(1);
  });

  it("asks more of the anytime-valid interval than of a single look", () => {
    const input = { baseline: 0.03, lift: 0.2, closedShare: 0.5 };
    expect(sequentialSampleSize(input)).toBeGreaterThan(fixedHorizonSampleSize(input));
    expect(sequentialSampleSize({ ...input, lift: 0.1 })).toBeGreaterThan(sequentialSampleSize(input));
  });
});
