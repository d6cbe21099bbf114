// Stock buyout: anonymous identities and delivery addresses cost nothing, so unpaid (pay on delivery)
// orders are bounded in units per product, per order and per network or delivery address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { placedFromKey } from "@/lib/domains/checkout/unpaid-stock-bound";
import { updateOrderSettings } from "@/lib/domains/settings/order-settings";
import { fillCart } from "../factories/carts";
import { createProduct } from "../factories/catalog";
import { checkoutInput, createShopper } from "../factories/shoppers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(12);
});
afterAll(async () => t.drop());

async function attempt(productId: string, quantity: number, network: string) {
  const shopper = await createShopper(t.db);
  await fillCart(t.db, shopper.id, [{ productId, quantity }]);
  return placeOrder(t.db, shopper.id, checkoutInput(), "EUR", { placedFrom: placedFromKey(network) }).then(
    () => "placed" as const,
    (error: { reason?: string }) => error.reason ?? String(error),
  );
}

const stockOf = async (id: string) => (await t.db.product.findUniqueOrThrow({ where: { id } })).stock;

describe("stock held by unpaid orders", () => {
  it("refuses the buyout seen in the wild: five fresh shoppers ordering 20 units each", async () => {
    const product = await createProduct(t.db, { stock: 100 });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await attempt(product.id, 20, "198.51.100.7"));
    expect(results).toEqual(Array(5).fill("unpaid_limit"));
    expect(await stockOf(product.id)).toBe(100);
  });

  it("lets one network hold at most the per-source bound, however many identities and addresses it makes up", async () => {
    const product = await createProduct(t.db, { stock: 100 });
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await attempt(product.id, 5, "2001:db8:7:7::1"));
    // Another address in the same IPv6 /64 is the same network.
    results.push(await attempt(product.id, 1, "2001:db8:7:7::beef"));
    expect(results).toEqual(["placed", "placed", "placed", "placed", "unpaid_limit", "unpaid_limit", "unpaid_limit"]);
    expect(await stockOf(product.id)).toBe(80);
    // Honest shoppers elsewhere are not slowed or refused.
    for (let i = 0; i < 5; i++) expect(await attempt(product.id, 2, `203.0.113.${i + 1}`)).toBe("placed");
    expect(await stockOf(product.id)).toBe(70);
  });

  it("holds under concurrent checkouts from one network", async () => {
    const product = await createProduct(t.db, { stock: 100 });
    const results = await Promise.all(Array.from({ length: 10 }, () => attempt(product.id, 5, "192.0.2.99")));
    expect(results.filter((r) => r === "placed")).toHaveLength(4);
    expect(await stockOf(product.id)).toBe(80);
  });

  it("follows the rule the owner sets in the settings", async () => {
    const product = await createProduct(t.db, { stock: 100 });
    await updateOrderSettings(t.db, {
      preparingLabel: "Roasting your beans",
      timezone: "Europe/Lisbon",
      unpaidUnitsPerOrder: 25,
      unpaidUnitsPerSource: 30,
    });
    try {
      expect(await attempt(product.id, 20, "192.0.2.50")).toBe("placed");
      expect(await attempt(product.id, 20, "192.0.2.50")).toBe("unpaid_limit");
      expect(await attempt(product.id, 10, "192.0.2.50")).toBe("placed");
    } finally {
      await updateOrderSettings(t.db, {
        preparingLabel: "Roasting your beans",
        timezone: "Europe/Lisbon",
        unpaidUnitsPerOrder: 5,
        unpaidUnitsPerSource: 20,
      });
    }
  });
});
