import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addToCart } from "@/lib/domains/cart/cart";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { purchaseCounts } from "@/lib/domains/social-proof/purchase-counts";
import { createProduct } from "../factories/catalog";
import { checkoutInput, createShopper } from "../factories/shoppers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

/** A pay-on-delivery order that was then paid (only paid or delivered orders count). */
async function buy(productId: string) {
  const shopper = await createShopper(t.db);
  await addToCart(t.db, shopper.id, productId, 1);
  const placed = await placeOrder(t.db, shopper.id, checkoutInput(), "EUR");
  await t.db.order.update({ where: { id: placed.orderId }, data: { paidAt: new Date() } });
  return placed;
}

describe("bought N times", () => {
  it("equals the orders in each window, excluding cancelled ones and other products", async () => {
    const product = await createProduct(t.db, { stock: 20 });
    const other = await createProduct(t.db, { stock: 20 });
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await buy(product.id));
    await buy(other.id);

    const now = new Date();
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
    await t.db.order.update({ where: { id: orders[0]!.orderId }, data: { createdAt: hoursAgo(30) } });
    await t.db.order.update({ where: { id: orders[1]!.orderId }, data: { createdAt: hoursAgo(24 * 8) } });
    await t.db.order.update({ where: { id: orders[2]!.orderId }, data: { status: "CANCELLED" } });

    const shown = await purchaseCounts(t.db, product.id, now);

    const truth = async (hours: number) =>
      t.db.order.count({
        where: {
          status: { not: "CANCELLED" },
          paidAt: { not: null },
          createdAt: { gte: hoursAgo(hours) },
          items: { some: { productId: product.id } },
        },
      });
    expect(shown.last24h).toBe(await truth(24));
    expect(shown.last7d).toBe(await truth(24 * 7));
    expect(shown).toMatchObject({ last24h: 2, last7d: 3 });
  });
});
