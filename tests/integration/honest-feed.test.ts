// One rule decides what counts as a purchase (COUNTED_ORDER) for every public signal: the feed's "bought"
// line, "Bought N times", the verified-buyer badge and buyer help. An unpaid order leaves no public trace.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { activityWriterFor } from "@/lib/domains/activity/record-activity";
import { addToCart } from "@/lib/domains/cart/cart";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { createProduct } from "../factories/catalog";
import { advanceOrder } from "@/lib/domains/orders/advance-order";
import { markPaid } from "@/lib/domains/orders/mark-paid";
import { authorBadges } from "@/lib/domains/qa/author-badges";
import { purchaseCounts } from "@/lib/domains/social-proof/purchase-counts";
import { observePublications, type Publication } from "@/lib/platform/publish/publish";
import type { TAdvanceTarget, TOrderStatus } from "@/lib/platform/contracts/orders";
import { createOrder, createStaffMember } from "../factories/orders";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let host: StaffMember;
const published: Publication[] = [];
let stopObserving: () => void;

beforeAll(async () => {
  t = await createTestDatabase();
  host = await createStaffMember(t.db, "host");
  stopObserving = observePublications((p) => published.push(p));
});
afterAll(async () => {
  stopObserving();
  await t.drop();
});

/** Everything the public can learn about a product's purchases, after queued feed writes are stored. */
async function publicTrace(productId: string, shopperId: string) {
  await activityWriterFor(t.db).flush();
  const feedRows = await t.db.activityEvent.count({ where: { kind: "purchase", productId } });
  const broadcasts = published
    .filter((p) => p.event === "activity:recorded")
    .flatMap((p) => p.payload as { kind: string }[])
    .filter((event) => event.kind === "purchase").length;
  const counts = await purchaseCounts(t.db, productId);
  const { verifiedBuyer } = await authorBadges(t.db, shopperId, productId);
  return { feedRows, broadcasts, bought7d: counts.last7d, verifiedBuyer };
}

async function advance(orderId: string, from: TOrderStatus, to: TAdvanceTarget) {
  const step = { orderId, to, expectedStatus: from, idempotencyKey: randomUUID(), note: "" };
  return advanceOrder(t.db, host, { ...step, carrier: null, trackingNumber: null, trackingUrl: null });
}

describe("an unpaid order leaves no public trace until it counts", () => {
  it("shows the purchase in the feed, the count and the badge only once the order is paid", async () => {
    published.length = 0;
    const { orderId, productId } = await createOrder(t.db);
    const { shopperId } = await t.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { shopperId: true } });

    expect(await publicTrace(productId, shopperId)).toEqual({
      feedRows: 0,
      broadcasts: 0,
      bought7d: 0,
      verifiedBuyer: false,
    });
    // Moving it along without payment does not make it a purchase either.
    await advance(orderId, "PLACED", "PREPARING");
    expect(await publicTrace(productId, shopperId)).toEqual({
      feedRows: 0,
      broadcasts: 0,
      bought7d: 0,
      verifiedBuyer: false,
    });

    const paid = await markPaid(t.db, host, { orderId, idempotencyKey: randomUUID() });
    expect(paid.countedSlugs).toHaveLength(1);
    expect(await publicTrace(productId, shopperId)).toEqual({
      feedRows: 1,
      broadcasts: 1,
      bought7d: 1,
      verifiedBuyer: true,
    });

    // Delivered after payment: it already counted, so no second "bought" line.
    await advance(orderId, "PREPARING", "SHIPPED");
    const delivered = await advance(orderId, "SHIPPED", "DELIVERED");
    expect(delivered.countedSlugs).toEqual([]);
    expect(await publicTrace(productId, shopperId)).toMatchObject({ feedRows: 1, bought7d: 1 });
  });

  it("counts a pay-on-delivery order once delivered, and not again when its payment is recorded", async () => {
    const { orderId, productId } = await createOrder(t.db);
    const { shopperId } = await t.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { shopperId: true } });
    await advance(orderId, "PLACED", "PREPARING");
    await advance(orderId, "PREPARING", "SHIPPED");
    expect(await publicTrace(productId, shopperId)).toMatchObject({ feedRows: 0, bought7d: 0, verifiedBuyer: false });

    const delivered = await advance(orderId, "SHIPPED", "DELIVERED");
    expect(delivered.countedSlugs).toHaveLength(1);
    expect(await publicTrace(productId, shopperId)).toMatchObject({ feedRows: 1, bought7d: 1, verifiedBuyer: true });

    const paid = await markPaid(t.db, host, { orderId, idempotencyKey: randomUUID() });
    expect(paid.countedSlugs).toEqual([]);
    expect(await publicTrace(productId, shopperId)).toMatchObject({ feedRows: 1, bought7d: 1 });
  });
});

describe("Global Privacy Control is treated like invisible in the feed", () => {
  it("leaves out what invisible shoppers and GPC browsers do, and keeps everyone else", async () => {
    const product = await createProduct(t.db, { stock: 50 });
    const plain = await ensureShopper(t.db, randomUUID());
    const withGpc = await ensureShopper(t.db, randomUUID(), { gpc: true });
    const invisible = await ensureShopper(t.db, randomUUID());
    await t.db.shopper.update({ where: { id: invisible.id }, data: { invisible: true } });

    await addToCart(t.db, plain.id, product.id, 1);
    await addToCart(t.db, withGpc.id, product.id, 1, { gpc: true });
    await addToCart(t.db, invisible.id, product.id, 1);
    await activityWriterFor(t.db).flush();
    const adds = await t.db.activityEvent.findMany({ where: { kind: "cart_add", productId: product.id } });
    expect(adds.map((e) => e.shopperId)).toEqual([plain.id]);

    // A GPC buyer's order, paid later by staff (no request of theirs then): counted, never in the feed.
    const { orderId } = await createOrder(t.db, { shopperId: withGpc.id, productId: product.id });
    await markPaid(t.db, host, { orderId, idempotencyKey: randomUUID() });
    await activityWriterFor(t.db).flush();
    expect(await t.db.activityEvent.count({ where: { kind: "purchase", productId: product.id } })).toBe(0);
    expect((await purchaseCounts(t.db, product.id)).last7d).toBe(1);

    // The signal goes with the browser: without it the shopper is in the feed again.
    await addToCart(t.db, withGpc.id, product.id, 1, { gpc: false });
    await activityWriterFor(t.db).flush();
    expect(await t.db.activityEvent.count({ where: { kind: "cart_add", productId: product.id } })).toBe(2);
  });
});
