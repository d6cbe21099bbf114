import type { DailyCounts } from "./read-daily-series";
import { binaryMoments } from "./group-summary";
import { compareMeans } from "./stats/difference";

export interface CumulativePoint {
  day: string;
  openShoppers: number;
  closedShoppers: number;
  /** Open minus closed conversion so far, with its anytime-valid interval; null while a group is too small. */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/** The difference in conversion as it stood at the end of each day: what the owner would have seen looking then. */
export function cumulativeSeries(days: DailyCounts[]): CumulativePoint[] {
  const totals = { open: { exposed: 0, converted: 0 }, closed: { exposed: 0, converted: 0 } };
  const byDay = [...new Set(days.map((d) => d.day))].sort();
  return byDay.map((day) => {
    for (const row of days.filter((d) => d.day === day)) {
      totals[row.kitchen].exposed += row.exposed;
      totals[row.kitchen].converted += row.converted;
    }
    const difference = compareMeans(
      binaryMoments(totals.open.exposed, totals.open.converted),
      binaryMoments(totals.closed.exposed, totals.closed.converted),
    );
    const finite = difference && Number.isFinite(difference.absolute.lower) ? difference.absolute : null;
    return {
      day,
      openShoppers: totals.open.exposed,
      closedShoppers: totals.closed.exposed,
      estimate: finite?.estimate ?? null,
      lower: finite?.lower ?? null,
      upper: finite?.upper ?? null,
    };
  });
}
