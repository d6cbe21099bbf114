// One rule decides what counts as a purchase (COUNTED_ORDER) for every public signal: the feed's "bought"
// line, "Bought N times", the verified-buyer badge and buyer help. An unpaid order leaves no public trace.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { activityWriterFor } from "@/lib/domains/activity/record-activity";
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
  const broadcasts = published.filter(
    (p) =>
      p.event === "activity:recorded" && (p.payload as { kind: string; productId?: string | null }).kind === "purchase",
  ).length;
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
