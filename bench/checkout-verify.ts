// After a bench:checkout arm: what the database holds against what the buyers were told.
import { getCart } from "@/lib/domains/cart/cart";
import type { Db } from "@/lib/platform/db/client";
import type { BenchProduct, Buyer, Ledger } from "./checkout-workload";

export interface Invariants {
  products: number;
  /** Products whose stock is not initial − sold, or is negative. */
  stockWrong: string[];
  orders: number;
  /** Orders whose lines or total disagree with the cart they were placed from. */
  ordersWrong: string[];
  racingAdds: number;
  /** Confirmed adds racing a checkout that ended in neither the order nor the cart. */
  linesLost: number;
  /** Races whose other lines did not add up (a line doubled or dropped). */
  racesWrong: number;
  /** Buyers whose cart at the end is not what their last operation said. */
  cartsWrong: number;
  /** Sold-out refusals for products that still had enough at the end (stock only goes down in the bench). */
  falseSoldOut: number;
}

function same(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

export async function verifyArm(
  db: Db,
  buyers: Buyer[],
  products: BenchProduct[],
  ledger: Ledger,
): Promise<Invariants> {
  const productIds = products.map((p) => p.id);
  const [rows, sold, orders] = await Promise.all([
    db.product.findMany({ where: { id: { in: productIds } }, select: { id: true, stock: true } }),
    db.orderItem.groupBy({ by: ["productId"], where: { productId: { in: productIds } }, _sum: { quantity: true } }),
    db.order.findMany({
      where: { shopperId: { in: buyers.map((b) => b.shopperId) } },
      select: {
        id: true,
        totalCents: true,
        items: { select: { productId: true, quantity: true, unitPriceCents: true } },
      },
    }),
  ]);
  const stockNow = new Map(rows.map((r) => [r.id, r.stock]));
  const soldOf = new Map(sold.map((s) => [s.productId, s._sum.quantity ?? 0]));
  const stockWrong = products
    .filter((p) => {
      const now = stockNow.get(p.id)!;
      return now < 0 || now !== p.initialStock - (soldOf.get(p.id) ?? 0);
    })
    .map((p) => p.title);

  const price = new Map(products.map((p) => [p.id, p.priceCents]));
  const orderLines = new Map(orders.map((o) => [o.id, new Map(o.items.map((i) => [i.productId, i.quantity]))]));
  const raceOrders = new Set(ledger.races.map((r) => r.orderId).filter(Boolean));
  const ordersWrong = orders
    .filter((o) => {
      const total = o.items.reduce((sum, i) => sum + i.quantity * i.unitPriceCents, 0);
      const priced = o.items.every((i) => i.quantity > 0 && price.get(i.productId) === i.unitPriceCents);
      const expected = ledger.expectedOrders.get(o.id);
      const accounted = expected ? same(expected, orderLines.get(o.id)!) : raceOrders.has(o.id);
      return o.items.length === 0 || total !== o.totalCents || !priced || !accounted;
    })
    .map((o) => o.id);

  let linesLost = 0;
  let racesWrong = 0;
  for (const race of ledger.races) {
    const ordered = race.orderId
      ? (orderLines.get(race.orderId) ?? new Map<string, number>())
      : new Map<string, number>();
    const keys = new Set([...race.before.keys(), ...ordered.keys(), ...race.cartAfter.keys(), race.productId]);
    for (const key of keys) {
      const delta = (ordered.get(key) ?? 0) + (race.cartAfter.get(key) ?? 0) - (race.before.get(key) ?? 0);
      // The raced product was not in the cart and was added once: exactly one unit must be somewhere.
      const expected = key === race.productId && race.addConfirmed ? 1 : 0;
      if (delta === expected) continue;
      if (key === race.productId && delta < expected) linesLost++;
      else racesWrong++;
    }
  }

  let cartsWrong = 0;
  for (const b of buyers) {
    const cart = await getCart(db, b.shopperId);
    if (!same(new Map(cart.lines.map((l) => [l.productId, l.quantity])), b.known)) cartsWrong++;
  }

  const byTitle = new Map(products.map((p) => [p.title, p.id]));
  const falseSoldOut = ledger.soldOut.filter(({ titles, wanted }) =>
    titles.some((title) => {
      const id = byTitle.get(title);
      return id === undefined || (stockNow.get(id) ?? 0) >= (wanted.get(id) ?? 0);
    }),
  ).length;

  return {
    products: products.length,
    stockWrong,
    orders: orders.length,
    ordersWrong,
    racingAdds: ledger.races.filter((r) => r.addConfirmed).length,
    linesLost,
    racesWrong,
    cartsWrong,
    falseSoldOut,
  };
}

export function invariantsHold(i: Invariants): boolean {
  return (
    i.stockWrong.length === 0 &&
    i.ordersWrong.length === 0 &&
    i.linesLost === 0 &&
    i.racesWrong === 0 &&
    i.cartsWrong === 0 &&
    i.falseSoldOut === 0
  );
}
