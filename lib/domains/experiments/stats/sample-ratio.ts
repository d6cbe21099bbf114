import { chiSquareSurvival } from "./normal";

/** GrowthBook and Statsig alarm at p < 0.001: at 0.05 about half the alarms would be false. */
export const SRM_THRESHOLD = 0.001;

/**
 * Sample-ratio mismatch: the χ² goodness-of-fit p-value of the observed group sizes against the planned
 * shares. A tiny p-value means assignment or exposure is broken, and no difference can be trusted.
 */
export function sampleRatioPValue(observed: readonly number[], plannedShares: readonly number[]): number {
  const total = observed.reduce((a, b) => a + b, 0);
  if (total === 0) return 1;
  const statistic = observed.reduce((sum, count, i) => {
    const expected = total * (plannedShares[i] ?? 0);
    return expected > 0 ? sum + (count - expected) ** 2 / expected : sum;
  }, 0);
  return chiSquareSurvival(statistic, observed.length - 1);
}
