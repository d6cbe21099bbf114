// Checkout under contention: lock order, transient-conflict retries, cart lines racing an order, and
// idempotent twins. Every test runs real concurrent transactions on a real Postgres.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart, getCart } from "@/lib/domains/cart/cart";
import { CheckoutError } from "@/lib/domains/checkout/checkout-error";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { fillCart } from "../factories/carts";
import { createProduct } from "../factories/catalog";
import { checkoutInput, createShopper } from "../factories/shoppers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  // These tests pile up far more transactions than the pool holds on purpose; waiting for a pooled
  // connection is expected here, so the shop's 5 s acquisition limit would measure the box, not the code.
  process.env.DB_CONNECT_TIMEOUT_MS = "60000";
  t = await createTestDatabase(20);
});
afterAll(async () => t.drop());

/** What went wrong, in a form that shows up readably in a failed expectation. */
function outcome(result: PromiseSettledResult<{ orderId: string }>): string {
  if (result.status === "fulfilled") return "placed";
  const error: unknown = result.reason;
  if (error instanceof CheckoutError) return error.reason;
  return `unexpected: ${error instanceof Error ? error.message.slice(0, 160) : String(error)}`;
}

function unexpected(results: PromiseSettledResult<{ orderId: string }>[]): string[] {
  return results.map(outcome).filter((o) => o.startsWith("unexpected"));
}

/** A small deterministic PRNG (mulberry32) so a failing mix can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

async function unitsOrdered(shopperId: string): Promise<Map<string, number>> {
  const lines = await t.db.orderItem.findMany({
    where: { order: { shopperId } },
    select: { productId: true, quantity: true },
  });
  const units = new Map<string, number>();
  for (const l of lines) units.set(l.productId, (units.get(l.productId) ?? 0) + l.quantity);
  return units;
}

// A few seconds each on an idle 2-core box; the wider timeout keeps a busy shared box from failing them.
const HEAVY = { timeout: 60_000 };

describe("checkout lock order", HEAVY, () => {
  it("lets 40 concurrent checkouts of the same two products, added in opposite orders, all succeed", async () => {
    const a = await createProduct(t.db, { stock: 1000 });
    const b = await createProduct(t.db, { stock: 1000 });
    const shoppers = await Promise.all(Array.from({ length: 40 }, () => createShopper(t.db)));
    await Promise.all(
      shoppers.map((s, i) => {
        const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
        return fillCart(t.db, s.id, [
          { productId: first.id, quantity: 1 },
          { productId: second.id, quantity: 1 },
        ]);
      }),
    );

    const results = await Promise.allSettled(shoppers.map((s) => placeOrder(t.db, s.id, checkoutInput(), "EUR")));

    expect(unexpected(results)).toEqual([]);
    expect(results.map(outcome).filter((o) => o === "placed")).toHaveLength(40);
    const stock = await t.db.product.findMany({ where: { id: { in: [a.id, b.id] } }, select: { stock: true } });
    expect(stock.map((p) => p.stock)).toEqual([960, 960]);
  });

  it("runs a concurrent mix of carts over shared products with no failure but a true sold out", async () => {
    const random = prng(13);
    const products = await Promise.all(Array.from({ length: 6 }, () => createProduct(t.db, { stock: 25 })));
    const shoppers = await Promise.all(Array.from({ length: 60 }, () => createShopper(t.db)));
    const wanted = new Map<string, Map<string, number>>();
    for (const s of shoppers) {
      const shuffled = [...products].sort(() => random() - 0.5);
      const picked = shuffled.slice(0, 1 + Math.floor(random() * 4));
      wanted.set(s.id, new Map(picked.map((p) => [p.id, 1 + Math.floor(random() * 3)])));
    }
    await Promise.all(
      shoppers.map((s) =>
        fillCart(
          t.db,
          s.id,
          [...wanted.get(s.id)!].map(([productId, quantity]) => ({ productId, quantity })),
        ),
      ),
    );

    // Every fifth shopper double-submits (same key), as a double click does.
    const submissions = shoppers.map((s, i) => {
      const input = checkoutInput();
      const run = () => placeOrder(t.db, s.id, input, "EUR");
      return Promise.allSettled(i % 5 === 0 ? [run(), run()] : [run()]);
    });
    const perShopper = await Promise.all(submissions);
    const results = perShopper.flat();

    expect(unexpected(results)).toEqual([]);
    expect(new Set(results.map(outcome))).toEqual(new Set(["placed", "sold_out"]));
    for (const twins of perShopper.filter((r) => r.length === 2)) {
      expect(outcome(twins[0]!)).toBe(outcome(twins[1]!));
    }
    for (const p of products) {
      const sold = await t.db.orderItem.aggregate({ where: { productId: p.id }, _sum: { quantity: true } });
      const after = await t.db.product.findUniqueOrThrow({ where: { id: p.id }, select: { stock: true } });
      expect(after.stock).toBeGreaterThanOrEqual(0);
      expect(after.stock).toBe(25 - (sold._sum.quantity ?? 0));
    }
    // Each order holds exactly its shopper's cart; a refused shopper keeps the whole cart.
    for (const s of shoppers) {
      const ordered = await unitsOrdered(s.id);
      const cart = await getCart(t.db, s.id);
      if (ordered.size > 0) {
        expect(ordered).toEqual(wanted.get(s.id));
        expect(cart.lines).toEqual([]);
      } else {
        expect(new Map(cart.lines.map((l) => [l.productId, l.quantity]))).toEqual(wanted.get(s.id));
      }
    }
  });
});

describe("cart lines racing a checkout", HEAVY, () => {
  it("keeps every confirmed add: in the order or still in the cart, unit for unit", async () => {
    const [p0, p1, p2] = await Promise.all([0, 1, 2].map(() => createProduct(t.db, { stock: 1000 })));
    const shoppers = await Promise.all(Array.from({ length: 30 }, () => createShopper(t.db)));
    await Promise.all(shoppers.map((s) => fillCart(t.db, s.id, [{ productId: p0!.id, quantity: 1 }])));

    const confirmed = new Map<string, Map<string, number>>();
    const add = async (shopperId: string, productId: string) => {
      await addToCart(t.db, shopperId, productId, 1);
      const units = confirmed.get(shopperId)!;
      units.set(productId, (units.get(productId) ?? 0) + 1);
    };
    const runs = shoppers.flatMap((s) => {
      confirmed.set(s.id, new Map([[p0!.id, 1]]));
      return [placeOrder(t.db, s.id, checkoutInput(), "EUR"), add(s.id, p1!.id), add(s.id, p2!.id), add(s.id, p0!.id)];
    });
    const results = await Promise.allSettled(runs);

    expect(
      results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason)),
    ).toEqual([]);
    for (const s of shoppers) {
      const ordered = await unitsOrdered(s.id);
      const cart = await getCart(t.db, s.id);
      const kept = new Map<string, number>(ordered);
      for (const l of cart.lines) kept.set(l.productId, (kept.get(l.productId) ?? 0) + l.quantity);
      expect(kept).toEqual(confirmed.get(s.id));
    }
  });
});

describe("idempotent twins", () => {
  it("gives both submissions of one key the same order, even when the stock allows only one", async () => {
    const pairs = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const product = await createProduct(t.db, { stock: 2 });
        const shopper = await createShopper(t.db);
        await fillCart(t.db, shopper.id, [{ productId: product.id, quantity: 2 }]);
        return { shopper, input: checkoutInput() };
      }),
    );

    const answers = await Promise.all(
      pairs.map(({ shopper, input }) =>
        Promise.allSettled([placeOrder(t.db, shopper.id, input, "EUR"), placeOrder(t.db, shopper.id, input, "EUR")]),
      ),
    );

    for (const [first, second] of answers) {
      expect([outcome(first!), outcome(second!)]).toEqual(["placed", "placed"]);
      const a = (first as PromiseFulfilledResult<{ orderId: string; created: boolean }>).value;
      const b = (second as PromiseFulfilledResult<{ orderId: string; created: boolean }>).value;
      expect(a.orderId).toBe(b.orderId);
      expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    }
  });

  it("gives twins of a refused key the same refusal, and keeps it for later submissions of that key", async () => {
    const product = await createProduct(t.db, { stock: 2 });
    const shopper = await createShopper(t.db);
    await addToCart(t.db, shopper.id, product.id, 2);
    await t.db.product.update({ where: { id: product.id }, data: { stock: 1 } });
    const input = checkoutInput();

    const twins = await Promise.allSettled([
      placeOrder(t.db, shopper.id, input, "EUR"),
      placeOrder(t.db, shopper.id, input, "EUR"),
    ]);
    expect(twins.map(outcome)).toEqual(["sold_out", "sold_out"]);
    const [m1, m2] = twins.map((r) => (r as PromiseRejectedResult).reason.message);
    expect(m1).toBe(m2);

    // Restocked: the same key still answers as it first did; a new key (a new submission) orders.
    await t.db.product.update({ where: { id: product.id }, data: { stock: 5 } });
    await expect(placeOrder(t.db, shopper.id, input, "EUR")).rejects.toMatchObject({ message: m1, code: "sold_out" });
    await expect(placeOrder(t.db, shopper.id, checkoutInput(), "EUR")).resolves.toMatchObject({ created: true });
  });
});
