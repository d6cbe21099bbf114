// The admin's order list: newest first, by status, searched, keyset-paginated, counts per status.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOrders } from "@/lib/domains/orders/list-orders";
import { advanceOrder } from "@/lib/domains/orders/advance-order";
import { ordersWaiting } from "@/lib/domains/orders/orders-waiting";
import { createOrder, createStaffMember } from "../factories/orders";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
const ids: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  const names = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Ada Byron", "Katherine Johnson"];
  for (let i = 0; i < 12; i++) {
    const name = names[i % names.length]!;
    const email = `${name.split(" ")[0]!.toLowerCase()}${i}@example.test`;
    ids.push((await createOrder(t.db, { checkout: { customerName: name, email } })).orderId);
  }
  // Two orders share one createdAt, so the tiebreak on id is exercised across a page boundary.
  const same = new Date("2026-11-30T10:00:00.000Z");
  await t.db.order.updateMany({ where: { id: { in: ids.slice(0, 2) } }, data: { createdAt: same } });
  const host = await createStaffMember(t.db, "host");
  for (const orderId of ids.slice(2, 5)) {
    await advanceOrder(t.db, host, {
      orderId,
      to: "PREPARING",
      expectedStatus: "PLACED",
      idempotencyKey: randomUUID(),
      note: "",
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
    });
  }
});
afterAll(async () => t.drop());

describe("the admin's order list", () => {
  it("pages through every order exactly once, newest first, whatever the page size", async () => {
    const all = await t.db.order.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: { id: true } });
    for (const limit of [1, 2, 5, 100]) {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await listOrders(t.db, { limit, after });
        seen.push(...page.orders.map((o) => o.id));
        after = page.next ?? undefined;
      } while (after);
      expect(seen, `limit ${limit}`).toEqual(all.map((o) => o.id));
    }
  });

  it("filters by status and counts every status", async () => {
    const list = await listOrders(t.db, { status: "PREPARING" });
    expect(new Set(list.orders.map((o) => o.id))).toEqual(new Set(ids.slice(2, 5)));
    expect(list.counts).toMatchObject({ all: 12, PLACED: 9, PREPARING: 3, SHIPPED: 0, DELIVERED: 0, CANCELLED: 0 });
  });

  it("finds by number, by the start of an email or a name, case-insensitively", async () => {
    const number = (await t.db.order.findUniqueOrThrow({ where: { id: ids[7]! } })).number;
    expect((await listOrders(t.db, { q: `#${number}` })).orders.map((o) => o.id)).toEqual([ids[7]]);
    expect((await listOrders(t.db, { q: String(number) })).orders.map((o) => o.id)).toEqual([ids[7]]);
    const grace = await listOrders(t.db, { q: "GRACE" });
    expect(grace.orders.map((o) => o.customerName)).toEqual(Array(grace.orders.length).fill("Grace Hopper"));
    expect(grace.counts.all).toBe(grace.orders.length);
    expect((await listOrders(t.db, { q: "ada" })).orders).toHaveLength(5); // orders 0, 3, 5, 8 and 10
    expect((await listOrders(t.db, { q: "alan2@" })).orders.map((o) => o.email)).toEqual(["alan2@example.test"]);
    // LIKE wildcards are text, not patterns.
    expect((await listOrders(t.db, { q: "%" })).orders).toHaveLength(0);
    expect((await listOrders(t.db, { q: "_da" })).orders).toHaveLength(0);
  });

  it("treats an edited cursor as the first page", async () => {
    const first = await listOrders(t.db, { limit: 3 });
    expect((await listOrders(t.db, { limit: 3, after: "garbage" })).orders).toEqual(first.orders);
  });

  it("tells the host console how many orders wait and since when", async () => {
    const waiting = await ordersWaiting(t.db);
    expect(waiting.toPrepare.count).toBe(9);
    expect(waiting.toShip.count).toBe(3);
    expect(waiting.toPrepare.oldestAt).toBe("2026-11-30T10:00:00.000Z");
  });
});
