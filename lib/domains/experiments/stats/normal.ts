import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";

/** P(Z ≤ z) for a standard normal Z. */
export const standardNormalCdf = (z: number): number => normalCdf(z, 0, 1);

/** The z with P(Z ≤ z) = p. */
export const standardNormalQuantile = (p: number): number => normalQuantile(p, 0, 1);

/** P(X ≥ x) for X ~ χ² with `degrees` degrees of freedom. */
export const chiSquareSurvival = (x: number, degrees: number): number => 1 - chisquareCdf(x, degrees);
