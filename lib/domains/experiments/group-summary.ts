import type { TKitchen } from "@/lib/platform/contracts/experiments";
import type { GroupTotals } from "./read-group-totals";
import type { MeanMoments } from "./stats/difference";

export interface GroupSummary {
  kitchen: TKitchen;
  shoppers: number;
  converted: number;
  paidOrders: number;
  revenueCents: number;
  /** Shoppers with a paid order ÷ exposed shoppers. */
  conversion: number;
  revenuePerVisitorCents: number;
  averageOrderCents: number | null;
  addToCartRate: number;
  questionsPer100: number;
  crossed: number;
  lastExposureAt: Date | null;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Adds up the rows of one kitchen (one per block in a switchback) into what the results table shows. */
export function summarizeGroup(kitchen: TKitchen, rows: GroupTotals[]): GroupSummary {
  const mine = rows.filter((r) => r.kitchen === kitchen);
  const sum = (pick: (r: GroupTotals) => number) => mine.reduce((total, r) => total + pick(r), 0);
  const shoppers = sum((r) => r.shoppers);
  const paidOrders = sum((r) => r.paidOrders);
  const revenueCents = sum((r) => r.revenueCents);
  const last = mine.map((r) => r.lastExposureAt?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
  return {
    kitchen,
    shoppers,
    converted: sum((r) => r.converted),
    paidOrders,
    revenueCents,
    conversion: ratio(
      sum((r) => r.converted),
      shoppers,
    ),
    revenuePerVisitorCents: ratio(revenueCents, shoppers),
    averageOrderCents: paidOrders > 0 ? revenueCents / paidOrders : null,
    addToCartRate: ratio(
      sum((r) => r.carted),
      shoppers,
    ),
    questionsPer100:
      100 *
      ratio(
        sum((r) => r.questions),
        shoppers,
      ),
    crossed: sum((r) => r.crossed),
    lastExposureAt: last > 0 ? new Date(last) : null,
  };
}

/** Per-shopper moments of a 0/1 metric: the sum of squares equals the sum. */
export const binaryMoments = (n: number, yes: number): MeanMoments => ({ n, sum: yes, sumSquares: yes });

export function revenueMoments(rows: GroupTotals[], kitchen: TKitchen): MeanMoments {
  const mine = rows.filter((r) => r.kitchen === kitchen);
  return {
    n: mine.reduce((t, r) => t + r.shoppers, 0),
    sum: mine.reduce((t, r) => t + r.revenueCents, 0),
    sumSquares: mine.reduce((t, r) => t + r.revenueSquares, 0),
  };
}
