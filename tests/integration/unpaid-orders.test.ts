// Unpaid (pay-on-delivery) orders: limits per shopper and per delivery address, and what counts as bought.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { purchaseCounts } from "@/lib/domains/social-proof/purchase-counts";
import { authorBadges } from "@/lib/domains/qa/author-badges";
import { fillCart } from "../factories/carts";
import { createProduct } from "../factories/catalog";
import { checkoutInput, createShopper } from "../factories/shoppers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(12);
});
afterAll(async () => t.drop());

async function orderOne(shopperId: string, productId: string, address: Partial<ReturnType<typeof checkoutInput>> = {}) {
  await fillCart(t.db, shopperId, [{ productId, quantity: 1 }]);
  return placeOrder(t.db, shopperId, checkoutInput(address), "EUR");
}

describe("unpaid-order limits", () => {
  it("lets a shopper have two unpaid orders open, and a third once one is paid or cancelled", async () => {
    const product = await createProduct(t.db, { stock: 10 });
    const shopper = await createShopper(t.db);
    const first = await orderOne(shopper.id, product.id);
    await orderOne(shopper.id, product.id);

    await expect(orderOne(shopper.id, product.id)).rejects.toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/already have 2 orders waiting to be paid on delivery/),
    });
    // Refused before anything was written: stock untouched, the cart kept.
    expect((await t.db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(8);
    expect(await t.db.cartItem.count({ where: { cart: { shopperId: shopper.id } } })).toBe(1);

    await t.db.order.update({ where: { id: first.orderId }, data: { paidAt: new Date() } });
    await expect(placeOrder(t.db, shopper.id, checkoutInput(), "EUR")).resolves.toMatchObject({ created: true });
    await expect(orderOne(shopper.id, product.id)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("takes at most five unpaid orders an hour for one delivery address, however it is typed", async () => {
    const product = await createProduct(t.db, { stock: 50 });
    const spellings = [
      { addressLine1: "12 Roastery Lane", postalCode: "3511 AB", country: "NL" },
      { addressLine1: "12  roastery lane", postalCode: "3511ab", country: "NL" },
      { addressLine1: "12 ROASTERY LANE", postalCode: "3511 ab", country: "NL" },
    ];
    const placed = [];
    for (let i = 0; i < 5; i++)
      placed.push(await orderOne((await createShopper(t.db)).id, product.id, spellings[i % 3]));

    const sixth = await createShopper(t.db);
    await expect(orderOne(sixth.id, product.id, spellings[1])).rejects.toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/This address already has several orders waiting/),
    });
    // Another address is not affected; an order older than an hour no longer counts.
    await expect(
      orderOne((await createShopper(t.db)).id, product.id, { addressLine1: "14 Roastery Lane" }),
    ).resolves.toBeTruthy();
    await t.db.order.update({
      where: { id: placed[0]!.orderId },
      data: { createdAt: new Date(Date.now() - 2 * 3600_000) },
    });
    await expect(placeOrder(t.db, sixth.id, checkoutInput(spellings[0]), "EUR")).resolves.toMatchObject({
      created: true,
    });
  });

  it("lets exactly five of ten concurrent checkouts to one address through", async () => {
    const product = await createProduct(t.db, { stock: 50 });
    const address = { addressLine1: "3 Kiln Street", postalCode: "1000", country: "BE" };
    const shoppers = await Promise.all(Array.from({ length: 10 }, () => createShopper(t.db)));
    await Promise.all(shoppers.map((s) => fillCart(t.db, s.id, [{ productId: product.id, quantity: 1 }])));

    const results = await Promise.allSettled(
      shoppers.map((s) => placeOrder(t.db, s.id, checkoutInput(address), "EUR")),
    );

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(refused.map((e: { code?: string }) => e.code)).toEqual(Array(5).fill("rate_limited"));
  });
});

describe("what counts as bought", () => {
  it("counts paid and delivered orders, not unpaid or cancelled ones, for 'bought' and 'verified buyer'", async () => {
    const product = await createProduct(t.db, { stock: 20 });
    const [unpaid, paid, delivered, paidThenCancelled] = await Promise.all(
      Array.from({ length: 4 }, () => createShopper(t.db)),
    );
    const orderIds = new Map<string, string>();
    for (const s of [unpaid!, paid!, delivered!, paidThenCancelled!]) {
      orderIds.set(s.id, (await orderOne(s.id, product.id)).orderId);
    }
    const verified = async (shopperId: string) => (await authorBadges(t.db, shopperId, product.id)).verifiedBuyer;

    // Placed and unpaid: a made-up order moves no public number.
    expect(await purchaseCounts(t.db, product.id)).toMatchObject({ last24h: 0, last7d: 0 });
    expect(await verified(unpaid!.id)).toBe(false);

    await t.db.order.update({ where: { id: orderIds.get(paid!.id) }, data: { paidAt: new Date() } });
    await t.db.order.update({ where: { id: orderIds.get(delivered!.id) }, data: { status: "DELIVERED" } });
    await t.db.order.update({
      where: { id: orderIds.get(paidThenCancelled!.id) },
      data: { paidAt: new Date(), status: "CANCELLED" },
    });

    expect(await purchaseCounts(t.db, product.id)).toMatchObject({ last24h: 2, last7d: 2 });
    expect(await verified(unpaid!.id)).toBe(false);
    expect(await verified(paid!.id)).toBe(true);
    expect(await verified(delivered!.id)).toBe(true);
    expect(await verified(paidThenCancelled!.id)).toBe(false);
  });
});
