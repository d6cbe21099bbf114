/**
 * Anytime-valid 95% intervals: the asymptotic confidence sequence of Waudby-Smith, Arbour, Sinha, Kennedy and
 * Ramdas, "Time-uniform central limit theory and asymptotic confidence sequences" (Annals of Statistics, 2024;
 * arXiv:2103.06476), the Gaussian-mixture boundary of their eq. 9 with the mixing parameter of eq. 161. The
 * interval stays valid however often it is looked at, because it bounds the whole path of the estimate, not
 * one look. It is the method GrowthBook calls "sequential testing".
 */

export const ALPHA = 0.05;

/**
 * Where the interval is tightest: the combined sample size the owner expects to decide at. Any value keeps the
 * guarantee; a wrong one only widens the interval somewhat.
 */
export const DEFAULT_TUNING_SAMPLE = 5_000;

/** ρ from the tuning sample size N: √((−2 ln α + ln(−2 ln α + 1)) / N). */
export function mixingParameter(alpha: number, tuningSample: number): number {
  const logAlpha = Math.log(alpha);
  return Math.sqrt((-2 * logAlpha + Math.log(-2 * logAlpha + 1)) / tuningSample);
}

/**
 * Half-width of the confidence sequence after `n` observations whose per-observation variance is `variance`:
 * √variance · √(2(nρ²+1) · ln(√(nρ²+1)/α) / (nρ)²).
 */
export function sequentialHalfWidth(
  variance: number,
  n: number,
  alpha = ALPHA,
  tuningSample = DEFAULT_TUNING_SAMPLE,
): number {
  if (n < 1 || !(variance > 0)) return Number.POSITIVE_INFINITY;
  const rho = mixingParameter(alpha, tuningSample);
  const spread = n * rho * rho + 1;
  return Math.sqrt(variance) * Math.sqrt((2 * spread * Math.log(Math.sqrt(spread) / alpha)) / (n * rho) ** 2);
}
