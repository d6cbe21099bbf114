import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import { createProduct } from "../factories/catalog";
import { refused, request, settle, type TestClient } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

const suite = realtimeSuite();
let productId: string;

async function setThreshold(presenceThreshold: number) {
  await suite.t.db.storeSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: "Test shop", presenceThreshold },
    update: { presenceThreshold },
  });
  await suite.h.realtime.settings.refresh();
}

const shopper = (options: { shopperId?: string; gpc?: boolean } = {}) =>
  suite.connect({ shopperId: options.shopperId ?? randomUUID(), gpc: options.gpc });

async function enter(client: TestClient, id: string | null) {
  const ack = await request<{ counts: TPresenceCount[] }>(client, "presence:enter", { productId: id });
  if (!ack.ok) throw new Error(ack.error);
  return ack.data.counts;
}

function recordPushes(client: TestClient): TPresenceCount[] {
  const pushes: TPresenceCount[] = [];
  client.on("presence:counted", (counts) => pushes.push(...counts));
  return pushes;
}

/** Pushes what changed, then waits until the observer has received everything sent before. */
async function tickAndDeliver(observer: TestClient) {
  await suite.h.realtime.runPeriodicWork();
  await settle(observer);
}

beforeAll(async () => {
  productId = (await createProduct(suite.t.db)).id;
});
beforeEach(() => setThreshold(1));
afterEach(async () => {
  suite.disconnectAll();
  await suite.h.realtime.runPeriodicWork();
});

describe("presence counts", () => {
  it("counts people, not tabs", async () => {
    const ada = randomUUID();
    const tabs = await Promise.all([
      shopper({ shopperId: ada }),
      shopper({ shopperId: ada }),
      shopper({ shopperId: ada }),
    ]);
    for (const tab of tabs) await enter(tab, productId);
    const bob = await shopper();
    const counts = await enter(bob, productId);
    expect(counts).toEqual([
      { room: "store", count: 2 },
      { room: `product:${productId}`, count: 2 },
    ]);
  });

  it("coalesces a burst of joins into one push with the final count", async () => {
    const observer = await shopper();
    await enter(observer, productId);
    await tickAndDeliver(observer);
    const pushes = recordPushes(observer);

    const crowd = await Promise.all(Array.from({ length: 30 }, () => shopper()));
    await Promise.all(crowd.map((c) => enter(c, productId)));
    await tickAndDeliver(observer);

    const productPushes = pushes.filter((p) => p.room === `product:${productId}`);
    expect(productPushes).toEqual([{ room: `product:${productId}`, count: 31 }]);
    expect(pushes.filter((p) => p.room === "store")).toEqual([{ room: "store", count: 31 }]);

    // Nothing changed: the next tick pushes nothing.
    await tickAndDeliver(observer);
    expect(pushes).toHaveLength(2);
  });

  it("sends product counts only to pages that list what is looked at now", async () => {
    const home = await shopper();
    await request(home, "presence:enter", { productId: null, lookingNow: true });
    const elsewhere = await shopper();
    await tickAndDeliver(home);
    await settle(elsewhere);
    const homePushes = recordPushes(home);
    const otherPushes = recordPushes(elsewhere);

    const viewer = await shopper();
    await enter(viewer, productId);
    await tickAndDeliver(home);
    await settle(elsewhere);
    expect(homePushes).toContainEqual({ room: `product:${productId}`, count: 1 });
    expect(otherPushes.map((p) => p.room)).toEqual(["store"]);

    // A page that starts listing later gets the whole list in its ack.
    const late = await shopper();
    const ack = await request<{ lookingNow?: TPresenceCount[] }>(late, "presence:enter", {
      productId: null,
      lookingNow: true,
    });
    expect(ack).toMatchObject({ ok: true, data: { lookingNow: [{ room: `product:${productId}`, count: 1 }] } });
    late.disconnect();

    // A change of the shop's count alone reaches the home page too.
    const passerby = await shopper();
    await tickAndDeliver(home);
    expect(homePushes.filter((p) => p.room === "store").at(-1)).toEqual({ room: "store", count: 4 });
    passerby.disconnect();
  });

  it("drops a closed tab from the count at the next push", async () => {
    const observer = await shopper();
    await enter(observer, productId);
    const leaving = await shopper();
    await enter(leaving, productId);
    await tickAndDeliver(observer);
    const pushes = recordPushes(observer);

    leaving.disconnect();
    await settle(observer);
    await tickAndDeliver(observer);
    expect(pushes).toContainEqual({ room: `product:${productId}`, count: 1 });
  });

  it("shows nothing below the merchant's threshold", async () => {
    await setThreshold(2);
    const first = await shopper();
    expect(await enter(first, productId)).toEqual([
      { room: "store", count: null },
      { room: `product:${productId}`, count: null },
    ]);
    const second = await shopper();
    expect((await enter(second, productId))[1]).toEqual({ room: `product:${productId}`, count: 2 });
  });

  it("does not count shoppers who are invisible or send Global Privacy Control", async () => {
    const visible = await shopper();
    await enter(visible, productId);
    const gpc = await shopper({ gpc: true });
    expect((await enter(gpc, productId))[1]?.count).toBe(1);

    const hiding = await shopper();
    expect((await enter(hiding, productId))[1]?.count).toBe(2);
    const saved = await request<{ invisible: boolean }>(hiding, "shopper:set-preferences", { invisible: true });
    expect(saved).toMatchObject({ ok: true, data: { invisible: true, showAliasInFeed: false } });
    expect((await enter(visible, productId))[1]?.count).toBe(1);
  });
});

describe("handshake and payloads", () => {
  it("refuses sockets from origins outside the allowlist", async () => {
    const client = suite.open({ shopperId: randomUUID(), origin: "https://evil.example" });
    expect(await refused(client)).toMatch(/origin|xhr poll error|websocket error/i);
  });

  it("refuses sockets without a valid shopper cookie", async () => {
    const none = suite.open({});
    const forged = suite.open({ cookie: `ok_shopper=${randomUUID()}.forged` });
    expect(await refused(none)).toMatch(/unidentified/);
    expect(await refused(forged)).toMatch(/unidentified/);
  });

  it("answers malformed and unknown events with an error, and keeps serving", async () => {
    const client = await shopper();
    expect(await request(client, "presence:enter", { productId: "not-a-uuid" })).toMatchObject({ ok: false });
    expect(await request(client, "presence:enter", { productId, extra: true })).toMatchObject({ ok: false });
    expect(await request(client, "presence:enter", "garbage")).toMatchObject({ ok: false });
    expect(await request(client, "activity:since", { afterId: "-1" })).toMatchObject({ ok: false });
    expect(await request(client, "admin:delete-everything", {})).toEqual({
      ok: false,
      error: "unknown event: admin:delete-everything",
    });
    expect(await enter(client, productId)).toHaveLength(2);
  });
});
