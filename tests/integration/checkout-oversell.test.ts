import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart, getCart } from "@/lib/domains/cart/cart";
import { CheckoutError } from "@/lib/domains/checkout/checkout-error";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { createProduct } from "../factories/catalog";
import { checkoutInput, createShopper } from "../factories/shoppers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(20);
});
afterAll(async () => t.drop());

describe("checkout under contention", () => {
  it("sells exactly the stock to 50 concurrent shoppers and leaves no half orders", async () => {
    const product = await createProduct(t.db, { stock: 10 });
    const shoppers = await Promise.all(Array.from({ length: 50 }, () => createShopper(t.db)));
    await Promise.all(shoppers.map((s) => addToCart(t.db, s.id, product.id, 1)));

    const results = await Promise.allSettled(shoppers.map((s) => placeOrder(t.db, s.id, checkoutInput(), "EUR")));

    const placed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(CheckoutError);
      expect((r.reason as CheckoutError).code).toBe("sold_out");
    }

    const after = await t.db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.stock).toBe(0);
    expect(await t.db.order.count()).toBe(10);
    expect(await t.db.orderItem.aggregate({ _sum: { quantity: true } })).toEqual({ _sum: { quantity: 10 } });

    // Losers keep their cart untouched; winners' carts are emptied.
    const winners = new Set(placed.map((r) => (r as PromiseFulfilledResult<{ orderId: string }>).value.orderId));
    const orders = await t.db.order.findMany({ select: { id: true, shopperId: true } });
    expect(new Set(orders.map((o) => o.id))).toEqual(winners);
    const winnerShoppers = new Set(orders.map((o) => o.shopperId));
    const carts = await Promise.all(shoppers.map((s) => getCart(t.db, s.id)));
    expect(carts.map((c) => c.itemCount)).toEqual(shoppers.map((s) => (winnerShoppers.has(s.id) ? 0 : 1)));
  });

  it("refuses an order for more than is left, and stores nothing", async () => {
    const product = await createProduct(t.db, { stock: 3 });
    const shopper = await createShopper(t.db);
    await addToCart(t.db, shopper.id, product.id, 3);
    await t.db.product.update({ where: { id: product.id }, data: { stock: 2 } });
    const ordersBefore = await t.db.order.count();

    await expect(placeOrder(t.db, shopper.id, checkoutInput(), "EUR")).rejects.toMatchObject({ code: "sold_out" });
    expect(await t.db.order.count()).toBe(ordersBefore);
    expect((await t.db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(2);
  });

  it("keeps the CHECK (stock >= 0) backstop in the database", async () => {
    const product = await createProduct(t.db, { stock: 1 });
    await expect(t.db.$executeRaw`UPDATE "Product" SET stock = -1 WHERE id = ${product.id}`).rejects.toThrow(/check/i);
  });
});

describe("checkout idempotency", () => {
  it("creates one order when the same checkout is retried, even concurrently", async () => {
    const product = await createProduct(t.db, { stock: 5, priceCents: 900 });
    const shopper = await createShopper(t.db);
    await addToCart(t.db, shopper.id, product.id, 2);
    const input = checkoutInput();

    const [a, b] = await Promise.all([
      placeOrder(t.db, shopper.id, input, "EUR"),
      placeOrder(t.db, shopper.id, input, "EUR"),
    ]);
    const c = await placeOrder(t.db, shopper.id, input, "EUR");

    expect(a.orderId).toBe(b.orderId);
    expect(c.orderId).toBe(a.orderId);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect(c.created).toBe(false);
    expect(await t.db.order.count({ where: { shopperId: shopper.id } })).toBe(1);
    const order = await t.db.order.findUniqueOrThrow({ where: { id: a.orderId } });
    expect(order.totalCents).toBe(1800);
    expect((await t.db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(3);
  });

  it("refuses an empty cart", async () => {
    const shopper = await createShopper(t.db);
    await expect(placeOrder(t.db, shopper.id, checkoutInput(), "EUR")).rejects.toMatchObject({ reason: "empty_cart" });
  });
});
