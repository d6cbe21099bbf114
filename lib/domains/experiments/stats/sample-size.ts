import { ALPHA, DEFAULT_TUNING_SAMPLE, sequentialHalfWidth } from "./confidence-sequence";
import { standardNormalQuantile } from "./normal";

export const POWER = 0.8;

export interface SampleSizeInput {
  /** The closed kitchen's conversion (shoppers with a paid order ÷ shoppers). */
  baseline: number;
  /** The lift to detect, relative: 0.1 for +10%. */
  lift: number;
  /** The share of shoppers in the closed group. */
  closedShare: number;
}

function varianceFactor({ baseline, lift, closedShare }: SampleSizeInput): { delta: number; factor: number } {
  const open = Math.min(1, baseline * (1 + lift));
  const delta = open - baseline;
  // Var(open − closed) = factor / N, with N shoppers in both groups together.
  const factor = (baseline * (1 - baseline)) / closedShare + (open * (1 - open)) / (1 - closedShare);
  return { delta, factor };
}

/**
 * Shoppers (both groups together) a fixed-horizon two-sided test at α = 0.05 with 80% power needs: the
 * textbook normal approximation for two proportions.
 */
export function fixedHorizonSampleSize(input: SampleSizeInput): number {
  const { delta, factor } = varianceFactor(input);
  if (delta <= 0) return Number.POSITIVE_INFINITY;
  const z = standardNormalQuantile(1 - ALPHA / 2) + standardNormalQuantile(POWER);
  return Math.ceil((z * z * factor) / (delta * delta));
}

/**
 * Shoppers (both groups together) after which the anytime-valid interval excludes 0 with 80% probability when
 * the lift is real: the smallest N with δ ≥ halfWidth(N) + z₀.₈·SE(N). Found by doubling, then bisection.
 */
export function sequentialSampleSize(input: SampleSizeInput, tuningSample = DEFAULT_TUNING_SAMPLE): number {
  const { delta, factor } = varianceFactor(input);
  if (delta <= 0) return Number.POSITIVE_INFINITY;
  const zPower = standardNormalQuantile(POWER);
  const detects = (n: number) =>
    delta >= sequentialHalfWidth(factor, n, ALPHA, tuningSample) + zPower * Math.sqrt(factor / n);
  let high = 16;
  while (!detects(high)) {
    high *= 2;
    if (high > 1e12) return Number.POSITIVE_INFINITY;
  }
  let low = high / 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (detects(mid)) high = mid;
    else low = mid;
  }
  return high;
}
