import type { TKitchen } from "@/lib/platform/contracts/experiments";
import type { ActiveExperiment } from "../experiment-dto";
import { kitchenFor } from "../kitchen-for";
import type { GroupTotals } from "../read-group-totals";
import { seededUuid } from "./seeded-random";

export interface SimulatedShop {
  shoppersPerDay: number;
  /** The closed kitchen's conversion. */
  baseline: number;
  /** The open kitchen's true relative lift in conversion (0 for an A/A test). */
  lift: number;
  /** Order value: a floor plus an exponential tail, in cents. */
  orderFloorCents: number;
  orderTailCents: number;
  cartRate: number;
  questionRate: number;
}

export interface SimulatedShopper {
  id: string;
  kitchen: TKitchen;
  day: number;
  carted: boolean;
  asked: boolean;
  /** Null when the shopper bought nothing. */
  orderCents: number | null;
}

/**
 * One day of simulated shoppers through the real assignment (kitchenFor, the hash of id and salt): each arrives,
 * is assigned, and converts with the probability of the kitchen they were given.
 */
export function simulateDay(
  shop: SimulatedShop,
  experiment: ActiveExperiment,
  day: number,
  random: () => number,
): SimulatedShopper[] {
  const at = new Date(experiment.startedAt.getTime() + day * 86_400_000 + 43_200_000);
  return Array.from({ length: shop.shoppersPerDay }, () => {
    const id = seededUuid(random);
    const { kitchen } = kitchenFor(experiment, id, at);
    const rate = kitchen === "open" ? shop.baseline * (1 + shop.lift) : shop.baseline;
    const buys = random() < rate;
    return {
      id,
      kitchen,
      day,
      carted: buys || random() < shop.cartRate,
      asked: random() < shop.questionRate,
      orderCents: buys ? Math.round(shop.orderFloorCents - shop.orderTailCents * Math.log(1 - random())) : null,
    };
  });
}

/** What readGroupTotals would return for these shoppers (a holdout: one row per kitchen). */
export function totalsOf(shoppers: Iterable<SimulatedShopper>, now: Date): GroupTotals[] {
  const rows = new Map<TKitchen, GroupTotals>();
  for (const s of shoppers) {
    const row = rows.get(s.kitchen) ?? {
      kitchen: s.kitchen,
      block: 0,
      shoppers: 0,
      converted: 0,
      paidOrders: 0,
      revenueCents: 0,
      revenueSquares: 0,
      carted: 0,
      checkouts: 0,
      questions: 0,
      crossed: 0,
      lastExposureAt: now,
    };
    row.shoppers += 1;
    if (s.carted) row.carted += 1;
    if (s.asked) row.questions += 1;
    if (s.orderCents !== null) {
      row.converted += 1;
      row.paidOrders += 1;
      row.checkouts += 1;
      row.revenueCents += s.orderCents;
      row.revenueSquares += s.orderCents * s.orderCents;
    }
    rows.set(s.kitchen, row);
  }
  return [...rows.values()];
}

/** Adds a day's totals to the running ones (same kitchens), as the database would have them the next morning. */
export function addTotals(running: GroupTotals[], day: GroupTotals[]): GroupTotals[] {
  const kitchens: TKitchen[] = ["open", "closed"];
  return kitchens.flatMap((kitchen) => {
    const parts = [...running, ...day].filter((r) => r.kitchen === kitchen);
    if (parts.length === 0) return [];
    return [
      parts.reduce((a, b) => ({
        ...a,
        shoppers: a.shoppers + b.shoppers,
        converted: a.converted + b.converted,
        paidOrders: a.paidOrders + b.paidOrders,
        revenueCents: a.revenueCents + b.revenueCents,
        revenueSquares: a.revenueSquares + b.revenueSquares,
        carted: a.carted + b.carted,
        checkouts: a.checkouts + b.checkouts,
        questions: a.questions + b.questions,
        lastExposureAt: b.lastExposureAt,
      })),
    ];
  });
}
