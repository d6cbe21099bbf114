// Who may see and do what with an order: the buyer, another shopper, a host, an owner and the holder of
// the order's private link, against the order page, /orders, every order action and the order audience.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import type { TOrderProgressed, TOrderSummary, TOrderTimeline } from "@/lib/platform/contracts/orders";
import type { TFloor } from "@/lib/platform/contracts/qa";
import { advanceOrder } from "@/lib/domains/orders/advance-order";
import { cancelOrder } from "@/lib/domains/orders/cancel-order";
import { markPaid } from "@/lib/domains/orders/mark-paid";
import { listShopperOrders } from "@/lib/domains/orders/list-shopper-orders";
import { orderAccess, type OrderViewer } from "@/lib/domains/orders/order-access";
import { orderKey } from "@/lib/domains/orders/order-link";
import { mayCancel, mayFulfil } from "@/lib/domains/orders/order-permissions";
import { signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import { createOrder, createStaffMember } from "../factories/orders";
import { createShopper } from "../factories/shoppers";
import { signedInStaff } from "../support/staff-session";
import { TEST_ORIGIN, TEST_SECRET, request, settle, type TestClient } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

const suite = realtimeSuite({ staff: true });
let host: StaffMember;
let owner: StaffMember;
let hostCookie: string;
let ownerCookie: string;

beforeAll(async () => {
  host = await createStaffMember(suite.t.db, "host", "Tomás Reyes");
  owner = await createStaffMember(suite.t.db, "owner", "Maya Lindqvist");
  hostCookie = (await signedInStaff(suite.t, "host", TEST_ORIGIN, TEST_SECRET)).cookie;
  ownerCookie = (await signedInStaff(suite.t, "owner", TEST_ORIGIN, TEST_SECRET)).cookie;
});

type Who = "buyer" | "another shopper" | "host" | "owner" | "link holder";
const everyone: Who[] = ["buyer", "another shopper", "host", "owner", "link holder"];

async function scene() {
  const { orderId, shopperId } = await createOrder(suite.t.db);
  const stranger = (await createShopper(suite.t.db)).id;
  const viewers: Record<Who, OrderViewer> = {
    buyer: { shopperId, staff: null },
    "another shopper": { shopperId: stranger, staff: null },
    host: { shopperId: randomUUID(), staff: host },
    owner: { shopperId: randomUUID(), staff: owner },
    "link holder": { shopperId: stranger, staff: null, key: orderKey(orderId, TEST_SECRET) },
  };
  return { orderId, buyerId: shopperId, strangerId: stranger, viewers };
}

describe("the order pages", () => {
  it("/orders/[id] shows the order to its buyer, staff and the link holder, and the same 404 to anyone else", async () => {
    const { orderId, viewers } = await scene();
    const expected: Record<Who, string | null> = {
      buyer: "buyer",
      "another shopper": null,
      host: "staff",
      owner: "staff",
      "link holder": "link",
    };
    for (const who of everyone) {
      expect(await orderAccess(suite.t.db, orderId, viewers[who], TEST_SECRET), who).toBe(expected[who]);
    }
    // Not found, wrong key, another order's key, a key signed with another secret: all alike.
    const stranger = viewers["another shopper"];
    const other = await createOrder(suite.t.db);
    for (const key of [
      "",
      "x",
      orderKey(other.orderId, TEST_SECRET),
      orderKey(orderId, "another-secret-another-secret-42"),
    ]) {
      expect(await orderAccess(suite.t.db, orderId, { ...stranger, key }, TEST_SECRET)).toBeNull();
    }
    expect(await orderAccess(suite.t.db, randomUUID(), viewers.owner, TEST_SECRET)).toBeNull();
  });

  it("/orders lists only the orders this browser's shopper placed", async () => {
    const { orderId, viewers } = await scene();
    for (const who of everyone) {
      const rows = await listShopperOrders(suite.t.db, viewers[who].shopperId!);
      expect(
        rows.some((r) => r.id === orderId),
        who,
      ).toBe(who === "buyer");
    }
  });

  it("/admin/orders and /admin/orders/[id] are for hosts and owners only", () => {
    expect(mayFulfil(null)).toBe(false);
    expect(mayFulfil(host)).toBe(true);
    expect(mayFulfil(owner)).toBe(true);
  });

  it("the private link's key can never double as a shopper cookie's signature", () => {
    const id = randomUUID();
    expect(orderKey(id, TEST_SECRET)).not.toBe(signShopperId(id, TEST_SECRET).split(".")[1]);
  });
});

describe("the order actions", () => {
  const staffOf = (who: Who) => (who === "host" ? host : who === "owner" ? owner : null);

  it("moving forward and marking paid: hosts and owners only", async () => {
    for (const who of everyone) {
      const { orderId } = await scene();
      const advancing = advanceOrder(suite.t.db, staffOf(who), {
        orderId,
        to: "PREPARING",
        expectedStatus: "PLACED",
        idempotencyKey: randomUUID(),
        note: "",
        carrier: null,
        trackingNumber: null,
        trackingUrl: null,
      });
      const paying = markPaid(suite.t.db, staffOf(who), { orderId, idempotencyKey: randomUUID() });
      if (who === "host" || who === "owner") {
        await expect(advancing).resolves.toMatchObject({ created: true });
        await expect(paying).resolves.toMatchObject({ created: true });
      } else {
        await expect(advancing).rejects.toMatchObject({ code: "forbidden" });
        await expect(paying).rejects.toMatchObject({ code: "forbidden" });
        const order = await suite.t.db.order.findUniqueOrThrow({ where: { id: orderId } });
        expect(order).toMatchObject({ status: "PLACED", paidAt: null });
      }
    }
  });

  it("cancelling: owners only", async () => {
    expect(everyone.filter((who) => mayCancel(staffOf(who)))).toEqual(["owner"]);
    for (const who of everyone) {
      const { orderId } = await scene();
      const cancelling = cancelOrder(suite.t.db, staffOf(who), {
        orderId,
        expectedStatus: "PLACED",
        idempotencyKey: randomUUID(),
        note: "",
      });
      if (who === "owner") await expect(cancelling).resolves.toMatchObject({ created: true });
      else await expect(cancelling).rejects.toMatchObject({ code: "forbidden" });
      expect(await suite.t.db.order.count({ where: { id: orderId, status: "CANCELLED" } })).toBe(
        who === "owner" ? 1 : 0,
      );
    }
  });
});

describe("the order audience (order:watch)", () => {
  function socketFor(who: Who, buyerId: string, strangerId: string): Promise<TestClient> {
    return suite.connect(
      who === "buyer"
        ? { shopperId: buyerId }
        : who === "host"
          ? { cookie: hostCookie }
          : who === "owner"
            ? { cookie: ownerCookie }
            : { shopperId: strangerId },
    );
  }

  it("lets the buyer, staff and the link holder follow the order live; another shopper hears nothing", async () => {
    const { orderId, buyerId, strangerId } = await scene();
    const heard = new Map<Who, string[]>();
    const sockets = new Map<Who, TestClient>();
    for (const who of everyone) {
      const client = await socketFor(who, buyerId, strangerId);
      sockets.set(who, client);
      heard.set(who, []);
      client.on("order:progressed", (p: TOrderProgressed) => heard.get(who)!.push(`${p.orderId}:${p.status}`));
      const payload = who === "link holder" ? { orderId, key: orderKey(orderId, TEST_SECRET) } : { orderId };
      const ack = await request<TOrderTimeline>(client, "order:watch", payload);
      if (who === "another shopper") {
        expect(ack).toEqual({ ok: false, error: "There is no order to follow here.", code: "not_found" });
      } else {
        expect(ack.ok, who).toBe(true);
        if (ack.ok) expect(ack.data).toMatchObject({ orderId, status: "PLACED", steps: [{ kind: "placed" }] });
      }
    }

    await advanceOrder(suite.t.db, host, {
      orderId,
      to: "PREPARING",
      expectedStatus: "PLACED",
      idempotencyKey: randomUUID(),
      note: "Roasted this morning",
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
    });
    for (const who of everyone) {
      await settle(sockets.get(who)!);
      expect(heard.get(who), who).toEqual(who === "another shopper" ? [] : [`${orderId}:PREPARING`]);
    }
  });

  it("refuses a missing order, a wrong key and another order's key with the same answer", async () => {
    const { orderId, strangerId } = await scene();
    const other = await createOrder(suite.t.db);
    const client = await suite.connect({ shopperId: strangerId });
    const attempts = [
      { orderId: randomUUID() },
      { orderId },
      { orderId, key: "wrong" },
      { orderId, key: orderKey(other.orderId, TEST_SECRET) },
    ];
    for (const payload of attempts) {
      expect(await request(client, "order:watch", payload)).toEqual({
        ok: false,
        error: "There is no order to follow here.",
        code: "not_found",
      });
    }
    expect(await request(client, "order:watch", { orderId: "not-a-uuid" })).toMatchObject({ ok: false });
    expect(await request(client, "order:watch", { orderId, key: "x", extra: 1 })).toMatchObject({ ok: false });
  });

  it("tells staff, and nobody else, that an order was placed", async () => {
    const [shopperSocket, hostSocket] = await Promise.all([
      suite.connect({ shopperId: (await createShopper(suite.t.db)).id }),
      suite.connect({ cookie: hostCookie }),
    ]);
    const toShopper: TOrderSummary[] = [];
    const toHost: TOrderSummary[] = [];
    shopperSocket.on("order:placed", (o) => toShopper.push(o));
    hostSocket.on("order:placed", (o) => toHost.push(o));

    const { orderId } = await createOrder(suite.t.db, { checkout: { customerName: "Grace Hopper" } });
    await expect.poll(() => toHost.map((o) => o.id)).toEqual([orderId]);
    expect(toHost[0]).toMatchObject({ customerName: "Grace Hopper", status: "PLACED", itemCount: 2 });
    await settle(shopperSocket);
    expect(toShopper).toEqual([]);
  });

  it("shows hosts, on the floor, how many orders wait to be prepared and to ship", async () => {
    const before = await request<TFloor>(await socketFor("host", randomUUID(), randomUUID()), "host:get-floor", {});
    if (!before.ok) throw new Error(before.error);
    const { orderId } = await createOrder(suite.t.db);
    await createOrder(suite.t.db);
    await advanceOrder(suite.t.db, host, {
      orderId,
      to: "PREPARING",
      expectedStatus: "PLACED",
      idempotencyKey: randomUUID(),
      note: "",
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
    });
    const after = await request<TFloor>(await socketFor("host", randomUUID(), randomUUID()), "host:get-floor", {});
    if (!after.ok) throw new Error(after.error);
    expect(after.data.orders.toPrepare.count).toBe(before.data.orders.toPrepare.count + 1);
    expect(after.data.orders.toShip.count).toBe(before.data.orders.toShip.count + 1);
    expect(after.data.orders.toShip.oldestAt).not.toBeNull();
  });
});
