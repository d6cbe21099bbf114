import { ALPHA, DEFAULT_TUNING_SAMPLE, sequentialHalfWidth } from "./confidence-sequence";
import { standardNormalQuantile } from "./normal";

/** One group's per-shopper metric: how many shoppers, and the sum and sum of squares of their values. */
export interface MeanMoments {
  n: number;
  sum: number;
  sumSquares: number;
}

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

export interface Difference {
  /** Open minus closed, in the metric's unit. */
  absolute: Interval;
  /** Open ÷ closed − 1; null while the closed group's mean is 0. */
  relative: Interval | null;
  /** The interval excludes no difference. */
  significant: boolean;
}

export const meanOf = (m: MeanMoments) => (m.n > 0 ? m.sum / m.n : 0);

/** The sample variance of the values (n − 1 in the denominator). */
export function varianceOf(m: MeanMoments): number {
  if (m.n < 2) return 0;
  const mean = m.sum / m.n;
  return Math.max(0, (m.sumSquares - m.n * mean * mean) / (m.n - 1));
}

export type IntervalKind = "sequential" | "fixed";

/**
 * The open group against the closed one. "sequential" is the anytime-valid interval the results page shows;
 * "fixed" is the textbook interval, valid for one look only (the simulation shows what peeking does to it).
 * The relative difference uses the delta method on the ratio of means.
 */
export function compareMeans(
  open: MeanMoments,
  closed: MeanMoments,
  kind: IntervalKind = "sequential",
  tuningSample = DEFAULT_TUNING_SAMPLE,
): Difference | null {
  if (open.n < 2 || closed.n < 2) return null;
  const [mo, mc] = [meanOf(open), meanOf(closed)];
  const [vo, vc] = [varianceOf(open) / open.n, varianceOf(closed) / closed.n];
  const n = open.n + closed.n;
  const halfWidth = (estimatorVariance: number) =>
    kind === "fixed"
      ? standardNormalQuantile(1 - ALPHA / 2) * Math.sqrt(estimatorVariance)
      : sequentialHalfWidth(estimatorVariance * n, n, ALPHA, tuningSample);
  const around = (estimate: number, width: number): Interval => ({
    estimate,
    lower: estimate - width,
    upper: estimate + width,
  });

  const absolute = around(mo - mc, halfWidth(vo + vc));
  const relative = mc > 0 ? around(mo / mc - 1, halfWidth(vo / (mc * mc) + (mo * mo * vc) / mc ** 4)) : null;
  const significant = vo + vc > 0 && (absolute.lower > 0 || absolute.upper < 0);
  return { absolute, relative, significant };
}
