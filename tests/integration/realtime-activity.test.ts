import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import { createProduct } from "../factories/catalog";
import { request, settle, type TestClient } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

const suite = realtimeSuite();
let product: { id: string; slug: string; title: string };

beforeAll(async () => {
  product = await createProduct(suite.t.db, { title: "Ethiopia Guji" });
});

async function listen(shopperId = randomUUID()) {
  const client = await suite.connect({ shopperId });
  const pushes: TActivityEvent[][] = [];
  const received: TActivityEvent[] = [];
  client.on("activity:recorded", (events) => {
    pushes.push(events);
    received.push(...events);
  });
  return { client, pushes, received };
}

async function deliver(...clients: TestClient[]) {
  await suite.h.realtime.runPeriodicWork();
  for (const c of clients) await settle(c);
}

describe("activity feed", () => {
  it("stores an event before broadcasting it, anonymized", async () => {
    const { client, received } = await listen();
    const buyer = await ensureShopper(suite.t.db, randomUUID());
    recordActivity(suite.t.db, { kind: "cart_add", productId: product.id, shopperId: buyer.id });
    await deliver(client);

    expect(received).toHaveLength(1);
    const event = received[0]!;
    expect(event).toMatchObject({ kind: "cart_add", alias: null, regular: false, count: 1 });
    expect(event.product).toEqual({ id: product.id, slug: product.slug, title: "Ethiopia Guji" });
    const stored = await suite.t.db.activityEvent.findUniqueOrThrow({ where: { id: BigInt(event.id) } });
    expect(stored.shopperId).toBe(buyer.id);
    // Nothing that identifies the shopper travels.
    expect(JSON.stringify(event)).not.toContain(buyer.id);
    client.disconnect();
  });

  it("shows the alias only of shoppers who opted in, and marks regulars", async () => {
    const { client, received } = await listen();
    const proud = await ensureShopper(suite.t.db, randomUUID());
    await suite.t.db.shopper.update({ where: { id: proud.id }, data: { showAliasInFeed: true } });
    for (const day of ["2026-11-01", "2026-11-05", "2026-11-09"]) {
      await suite.t.db.shopperVisitDay.create({ data: { shopperId: proud.id, day: new Date(day) } });
    }
    recordActivity(suite.t.db, { kind: "purchase", productId: product.id, shopperId: proud.id });
    await deliver(client);
    expect(received.at(-1)).toMatchObject({ kind: "purchase", alias: proud.alias, regular: true });
    client.disconnect();
  });

  it("aggregates product views into one event counting distinct shoppers", async () => {
    const { client, received } = await listen();
    const viewers = await Promise.all([randomUUID(), randomUUID()].map((id) => suite.connect({ shopperId: id })));
    for (const v of viewers) {
      await request(v, "presence:enter", { productId: product.id });
      await request(v, "presence:enter", { productId: null });
      await request(v, "presence:enter", { productId: product.id });
    }
    await deliver(client);
    const views = received.filter((e) => e.kind === "view");
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ count: 2, product: { id: product.id } });
    for (const c of [client, ...viewers]) c.disconnect();
  });

  it("does not broadcast kinds the merchant switched off, but still stores them", async () => {
    await suite.t.db.storeSettings.upsert({
      where: { id: 1 },
      create: { id: 1, name: "Test", broadcastKinds: ["purchase"] },
      update: { broadcastKinds: ["purchase"] },
    });
    await suite.h.realtime.settings.refresh();
    const { client, received } = await listen();
    recordActivity(suite.t.db, { kind: "cart_add", productId: product.id });
    await deliver(client);
    expect(received).toEqual([]);
    expect(await suite.t.db.activityEvent.count({ where: { kind: "cart_add" } })).toBeGreaterThanOrEqual(2);
    await suite.t.db.storeSettings.update({
      where: { id: 1 },
      data: { broadcastKinds: ["view", "cart_add", "purchase"] },
    });
    await suite.h.realtime.settings.refresh();
    client.disconnect();
  });

  it("merges what is stored during an interval into one push per socket, every event once and in order", async () => {
    const listeners = [await listen(), await listen()];
    // The first event after a quiet interval goes out at once and starts an interval.
    recordActivity(suite.t.db, { kind: "cart_add", productId: product.id });
    await deliver(...listeners.map((l) => l.client));
    for (const l of listeners) l.pushes.length = 0;

    // Ten events stored in ten separate writes while the interval runs: nobody hears them yet...
    for (let i = 0; i < 10; i++) {
      recordActivity(suite.t.db, { kind: i % 2 ? "purchase" : "cart_add", productId: product.id });
      await suite.h.realtime.activity.flush();
    }
    for (const l of listeners) await settle(l.client);
    expect(listeners.map((l) => l.pushes.length)).toEqual([0, 0]);

    // ...until the interval ends: then each socket gets them all in one push, in the order stored.
    await deliver(...listeners.map((l) => l.client));
    const stored = await suite.t.db.activityEvent.findMany({ orderBy: { id: "desc" }, take: 10 });
    const storedIds = stored.reverse().map((e) => e.id.toString());
    for (const l of listeners) {
      expect(l.pushes).toHaveLength(1);
      expect(l.pushes[0]!.map((e) => e.id)).toEqual(storedIds);
    }
    for (const l of listeners) l.client.disconnect();
  });

  it("lets a client that was away catch up from the database, in order", async () => {
    const { client, received } = await listen();
    recordActivity(suite.t.db, { kind: "cart_add", productId: product.id });
    await deliver(client);
    const lastSeen = received.at(-1)!.id;
    client.disconnect();

    for (let i = 0; i < 3; i++) recordActivity(suite.t.db, { kind: "purchase", productId: product.id });
    await suite.h.realtime.runPeriodicWork();

    const back = await listen();
    const ack = await request<{ events: TActivityEvent[] }>(back.client, "activity:since", { afterId: lastSeen });
    if (!ack.ok) throw new Error(ack.error);
    expect(ack.data.events.map((e) => e.kind)).toEqual(["purchase", "purchase", "purchase"]);
    const ids = ack.data.events.map((e) => BigInt(e.id));
    expect(ids.every((id, i) => id > BigInt(lastSeen) && (i === 0 || id > ids[i - 1]!))).toBe(true);
    back.client.disconnect();
  });
});
