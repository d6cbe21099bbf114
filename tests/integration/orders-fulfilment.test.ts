import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import type { TAdvanceOrder, TAdvanceTarget, TOrderStatus } from "@/lib/platform/contracts/orders";
import { advanceOrder } from "@/lib/domains/orders/advance-order";
import { cancelOrder } from "@/lib/domains/orders/cancel-order";
import { markPaid } from "@/lib/domains/orders/mark-paid";
import { getOrderTimeline } from "@/lib/domains/orders/get-order-timeline";
import { OrderError } from "@/lib/domains/orders/order-error";
import { LEGAL_MOVES } from "@/lib/domains/orders/order-transitions";
import { observePublications, type Publication } from "@/lib/platform/publish/publish";
import { createProduct } from "../factories/catalog";
import { createOrder, createStaffMember } from "../factories/orders";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let host: StaffMember;
let owner: StaffMember;
const published: Publication[] = [];
let stopObserving: () => void;

beforeAll(async () => {
  t = await createTestDatabase(20);
  host = await createStaffMember(t.db, "host", "Tomás Reyes");
  owner = await createStaffMember(t.db, "owner", "Maya Lindqvist");
  stopObserving = observePublications((p) => published.push(p));
});
afterAll(async () => {
  stopObserving();
  await t.drop();
});

function step(orderId: string, expectedStatus: TOrderStatus, to: TAdvanceTarget, extra: Partial<TAdvanceOrder> = {}) {
  return {
    orderId,
    to,
    expectedStatus,
    idempotencyKey: randomUUID(),
    note: "",
    carrier: null,
    trackingNumber: null,
    trackingUrl: null,
    ...extra,
  } satisfies TAdvanceOrder;
}

/** Puts an order in a status through the real steps. */
async function orderIn(status: TOrderStatus) {
  const { orderId, productId } = await createOrder(t.db);
  if (status === "CANCELLED") {
    await cancelOrder(t.db, owner, { orderId, expectedStatus: "PLACED", idempotencyKey: randomUUID(), note: "" });
    return { orderId, productId };
  }
  const forward: TAdvanceTarget[] = ["PREPARING", "SHIPPED", "DELIVERED"];
  let at: TOrderStatus = "PLACED";
  for (const to of forward.slice(0, forward.indexOf(status as TAdvanceTarget) + 1)) {
    await advanceOrder(t.db, host, step(orderId, at, to));
    at = to;
  }
  return { orderId, productId };
}

const statusOf = async (orderId: string) =>
  (await t.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status;

describe("order transitions", () => {
  const targets: TAdvanceTarget[] = ["PREPARING", "SHIPPED", "DELIVERED"];
  const froms: TOrderStatus[] = ["PLACED", "PREPARING", "SHIPPED", "DELIVERED", "CANCELLED"];

  for (const from of froms) {
    for (const to of targets) {
      const legal = LEGAL_MOVES[from].includes(to);
      it(`${legal ? "moves" : "refuses to move"} a ${from} order to ${to}`, async () => {
        const { orderId } = await orderIn(from);
        const eventsBefore = await t.db.orderEvent.count({ where: { orderId } });
        const attempt = advanceOrder(t.db, host, step(orderId, from, to, { note: `Now ${to}` }));
        if (legal) {
          const result = await attempt;
          expect(result.created).toBe(true);
          expect(await statusOf(orderId)).toBe(to);
          const event = await t.db.orderEvent.findFirstOrThrow({ where: { orderId }, orderBy: { id: "desc" } });
          expect(event).toMatchObject({ fromStatus: from, toStatus: to, staffId: host.id, staffName: "Tomás Reyes" });
          expect(event.note).toBe(`Now ${to}`);
        } else {
          await expect(attempt).rejects.toBeInstanceOf(OrderError);
          await expect(attempt).rejects.toThrow(/cannot be moved/);
          expect(await statusOf(orderId)).toBe(from);
          expect(await t.db.orderEvent.count({ where: { orderId } })).toBe(eventsBefore);
        }
      });
    }
  }

  it("refuses to cancel a shipped or delivered order, and stores nothing", async () => {
    for (const from of ["SHIPPED", "DELIVERED"] as const) {
      const { orderId, productId } = await orderIn(from);
      const stock = (await t.db.product.findUniqueOrThrow({ where: { id: productId } })).stock;
      const attempt = cancelOrder(t.db, owner, {
        orderId,
        expectedStatus: from,
        idempotencyKey: randomUUID(),
        note: "",
      });
      await expect(attempt).rejects.toThrow(/cannot be cancelled/);
      expect(await statusOf(orderId)).toBe(from);
      expect((await t.db.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(stock);
    }
  });

  it("keeps carrier and tracking only on the Shipped step, and the photo on its step", async () => {
    const { orderId } = await createOrder(t.db);
    await advanceOrder(
      t.db,
      host,
      step(orderId, "PLACED", "PREPARING", { carrier: "CTT" }),
      "/uploads/" + "a".repeat(32) + ".jpg",
    );
    await advanceOrder(
      t.db,
      host,
      step(orderId, "PREPARING", "SHIPPED", {
        carrier: "CTT",
        trackingNumber: "RR123",
        trackingUrl: "https://ctt.example/RR123",
      }),
    );
    const timeline = await getOrderTimeline(t.db, orderId);
    const [placed, preparing, shipped] = timeline!.steps;
    expect(placed).toMatchObject({ kind: "placed", staff: null, toStatus: "PLACED" });
    expect(preparing).toMatchObject({
      carrier: null,
      photoUrl: `/uploads/${"a".repeat(32)}.jpg`,
      staff: { name: "Tomás Reyes" },
    });
    expect(shipped).toMatchObject({
      carrier: "CTT",
      trackingNumber: "RR123",
      trackingUrl: "https://ctt.example/RR123",
    });
  });

  it("keeps order events append-only in the database", async () => {
    const { orderId } = await orderIn("PREPARING");
    await expect(t.db.orderEvent.updateMany({ where: { orderId }, data: { note: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
  });
});

describe("cancelling", () => {
  it("puts every item back in stock in the same transaction", async () => {
    const a = await createProduct(t.db, { stock: 10 });
    const { orderId, productId } = await createOrder(t.db, { productId: a.id, quantity: 3 });
    expect((await t.db.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(7);
    await advanceOrder(t.db, host, step(orderId, "PLACED", "PREPARING"));

    const result = await cancelOrder(t.db, owner, {
      orderId,
      expectedStatus: "PREPARING",
      idempotencyKey: randomUUID(),
      note: "Sorry, this batch did not pass our cupping.",
    });
    expect(result.created).toBe(true);
    expect(result.restockedSlugs).toEqual([a.slug]);
    expect(await statusOf(orderId)).toBe("CANCELLED");
    expect((await t.db.product.findUniqueOrThrow({ where: { id: productId } })).stock).toBe(10);
  });

  it("restocks once when the same cancel is sent twice, even at the same moment", async () => {
    const p = await createProduct(t.db, { stock: 10 });
    const { orderId } = await createOrder(t.db, { productId: p.id, quantity: 4 });
    const input = { orderId, expectedStatus: "PLACED" as const, idempotencyKey: randomUUID(), note: "" };
    const results = await Promise.all([cancelOrder(t.db, owner, input), cancelOrder(t.db, owner, input)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await t.db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(10);
    expect(await t.db.orderEvent.count({ where: { orderId } })).toBe(1);
  });

  it("leaves stock and status alone when the cancel loses to a step taken meanwhile", async () => {
    const p = await createProduct(t.db, { stock: 10 });
    const { orderId } = await createOrder(t.db, { productId: p.id, quantity: 1 });
    await advanceOrder(t.db, host, step(orderId, "PLACED", "PREPARING"));
    await advanceOrder(t.db, host, step(orderId, "PREPARING", "SHIPPED"));
    // The owner's screen still said Preparing.
    await expect(
      cancelOrder(t.db, owner, { orderId, expectedStatus: "PREPARING", idempotencyKey: randomUUID(), note: "" }),
    ).rejects.toThrow("This order was already moved to Shipped by Tomás Reyes.");
    expect((await t.db.product.findUniqueOrThrow({ where: { id: p.id } })).stock).toBe(9);
    expect(await statusOf(orderId)).toBe("SHIPPED");
  });
});

describe("two staff, one order", () => {
  it("lets exactly one of two concurrent steps win and tells the other who moved it", async () => {
    const other = await createStaffMember(t.db, "host", "Ana Host");
    for (let round = 0; round < 5; round++) {
      const { orderId } = await createOrder(t.db);
      const results = await Promise.allSettled([
        advanceOrder(t.db, host, step(orderId, "PLACED", "PREPARING", { note: "from Tomás" })),
        advanceOrder(t.db, other, step(orderId, "PLACED", "PREPARING", { note: "from Ana" })),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const events = await t.db.orderEvent.findMany({ where: { orderId } });
      expect(events).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(OrderError);
      expect((lost[0]!.reason as OrderError).message).toBe(
        `This order was already moved to Preparing by ${events[0]!.staffName}. The page now shows where it is.`,
      );
    }
  });
});

describe("a double click", () => {
  it("makes one step and one announcement, whether the clicks race or follow each other", async () => {
    const { orderId } = await createOrder(t.db);
    const input = step(orderId, "PLACED", "PREPARING", { note: "Roasted this morning, batch 42" });
    const before = published.length;
    const [a, b] = await Promise.all([advanceOrder(t.db, host, input), advanceOrder(t.db, host, input)]);
    const c = await advanceOrder(t.db, host, input);
    expect([a.created, b.created, c.created].filter(Boolean)).toHaveLength(1);
    expect(new Set([a, b, c].map((r) => r.progressed.step.id)).size).toBe(1);
    expect(await t.db.orderEvent.count({ where: { orderId } })).toBe(1);
    const announced = published.slice(before).filter((p) => p.event === "order:progressed");
    expect(announced).toHaveLength(1);
    expect(announced[0]!.to).toEqual([{ kind: "order", orderId }, { kind: "staff" }]);
  });

  it("records payment once and names who recorded it to anyone trying again", async () => {
    const { orderId } = await createOrder(t.db);
    const key = randomUUID();
    const [a, b] = await Promise.all([
      markPaid(t.db, host, { orderId, idempotencyKey: key }),
      markPaid(t.db, host, { orderId, idempotencyKey: key }),
    ]);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect(a.progressed.paidAt).not.toBeNull();
    await expect(markPaid(t.db, owner, { orderId, idempotencyKey: randomUUID() })).rejects.toThrow(
      "This order was already marked paid by Tomás Reyes.",
    );
    const timeline = await getOrderTimeline(t.db, orderId);
    expect(timeline!.steps.map((s) => s.kind)).toEqual(["placed", "paid"]);
    expect(timeline!.status).toBe("PLACED");
  });

  it("refuses to mark a cancelled order paid", async () => {
    const { orderId } = await orderIn("CANCELLED");
    await expect(markPaid(t.db, host, { orderId, idempotencyKey: randomUUID() })).rejects.toThrow(
      "A cancelled order cannot be marked paid.",
    );
  });
});
