import type { SimulatedShop } from "./simulated-shoppers";

/**
 * The demo store's simulated traffic: a small specialty shop (300 different shoppers a day, 3% of them buying,
 * orders around €37). The demo's finished experiment and `npm run sim:experiment` both use it.
 */
export const DEMO_SHOP: SimulatedShop = {
  shoppersPerDay: 300,
  baseline: 0.03,
  lift: 0,
  orderFloorCents: 1_800,
  orderTailCents: 1_900,
  cartRate: 0.09,
  questionRate: 0.02,
};
