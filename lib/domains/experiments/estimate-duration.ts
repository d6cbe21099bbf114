import { sequentialSampleSize } from "./stats/sample-size";

export const LIFTS = [0.1, 0.2] as const;

/** The shop's recent traffic (read-shop-traffic.ts); kept apart so the start form can estimate in the browser. */
export interface ShopTraffic {
  /** Different shoppers per day over the last 28 days (each enters an experiment once). */
  shoppersPerDay: number;
  /** Shoppers with a paid order ÷ shoppers, over the same days. */
  conversion: number;
}

export interface DurationEstimate {
  lift: number;
  /** Null when the shop has no traffic or no sales to estimate from. */
  days: number | null;
  shoppers: number | null;
}

/** Days until the anytime-valid interval would detect each lift with 80% power, at this traffic and split. */
export function estimateDurations(traffic: ShopTraffic, closedShare: number): DurationEstimate[] {
  return LIFTS.map((lift) => {
    if (traffic.shoppersPerDay <= 0 || traffic.conversion <= 0 || closedShare <= 0)
      return { lift, days: null, shoppers: null };
    const shoppers = sequentialSampleSize({ baseline: traffic.conversion, lift, closedShare });
    return { lift, shoppers, days: Number.isFinite(shoppers) ? Math.ceil(shoppers / traffic.shoppersPerDay) : null };
  });
}
