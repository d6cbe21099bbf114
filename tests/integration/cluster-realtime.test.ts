import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TFloor, TQaChanged } from "@/lib/platform/contracts/qa";
import { productRoom } from "@/lib/platform/contracts/rooms";
import { createProduct } from "../factories/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { connected, request, type TestClient, TEST_ORIGIN, TEST_SECRET } from "../support/realtime-harness";
import { signedInStaff } from "../support/staff-session";
import { hostHandle } from "@/lib/domains/hosts/host-handle";
import { openAt, startCluster, type Cluster, type Instance } from "../support/cluster-harness";

let t: TestDatabase;
let cluster: Cluster;
let A: Instance;
let B: Instance;
let hostCookie: string;
let hostId: string;
const open: TestClient[] = [];

async function client(url: string, shopperId = randomUUID(), reconnect = false): Promise<TestClient> {
  const c = openAt(url, { shopperId, reconnect });
  open.push(c);
  await connected(c);
  return c;
}

async function ok<T>(c: TestClient, event: string, payload: unknown): Promise<T> {
  const ack = await request<T>(c, event, payload);
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error}`);
  return ack.data;
}

const enter = (c: TestClient, productId: string) =>
  ok<{ counts: TPresenceCount[] }>(c, "presence:enter", { productId });

/** Resolves with the first pushed count for `room` that satisfies `wanted`. */
function countPushed(c: TestClient, room: string, wanted: (count: number | null) => boolean): Promise<number | null> {
  return new Promise((resolve) => {
    const listener = (counts: TPresenceCount[]) => {
      const hit = counts.find((x) => x.room === room && wanted(x.count));
      if (hit) {
        c.off("presence:counted", listener);
        resolve(hit.count);
      }
    };
    c.on("presence:counted", listener);
  });
}

function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const end = Date.now() + timeoutMs;
    const poll = async () => {
      const value = await check();
      if (value !== undefined) return resolve(value);
      if (Date.now() > end) return reject(new Error(`never happened: ${what}`));
      setTimeout(() => void poll(), 100);
    };
    void poll();
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.storeSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: "Cluster shop", presenceThreshold: 1 },
    update: { presenceThreshold: 1 },
  });
  const staff = await signedInStaff(t, "host", TEST_ORIGIN, TEST_SECRET);
  hostCookie = staff.cookie;
  hostId = staff.id;
  // Short enough to wait for in a test, long enough that a loaded box never misses 16 heartbeats in a row.
  cluster = await startCluster(t, { expiryMs: 4_000 });
  [A, B] = cluster.instances as [Instance, Instance];
}, 120_000);

afterAll(async () => {
  for (const c of open) c.disconnect();
  await cluster?.close();
  await t?.drop();
});

describe("several instances sharing Postgres and Redis", () => {
  it("counts one person with a tab on A and a tab on B once", async () => {
    const { id: productId } = await createProduct(t.db);
    const room = productRoom(productId);
    const person = randomUUID();
    const tabOnA = await client(A.url, person);
    const tabOnB = await client(B.url, person);
    await enter(tabOnA, productId);
    const onB = await enter(tabOnB, productId);
    expect(onB.counts.find((c) => c.room === room)?.count).toBe(1);

    // A second person on B: the tab on A hears it from its own instance, once.
    const pushedToA = countPushed(tabOnA, room, (n) => n === 2);
    const other = await client(B.url);
    expect((await enter(other, productId)).counts.find((c) => c.room === room)?.count).toBe(2);
    expect(await pushedToA).toBe(2);

    // The person closes the tab on A: they still look through B, so still two people.
    tabOnA.disconnect();
    await enter(other, productId);
    const [count] = (await enter(tabOnB, productId)).counts.filter((c) => c.room === room);
    expect(count?.count).toBe(2);
  });

  it("stops counting a shopper who turns invisible through A, on their tab on B too", async () => {
    const [first, second] = [await createProduct(t.db), await createProduct(t.db)];
    const person = randomUUID();
    const tabOnA = await client(A.url, person);
    const tabOnB = await client(B.url, person);
    const watcher = await client(B.url);
    await enter(tabOnA, first.id);
    await enter(tabOnB, first.id);
    expect((await enter(watcher, first.id)).counts.find((c) => c.room === productRoom(first.id))?.count).toBe(2);

    await ok(tabOnA, "shopper:set-preferences", { invisible: true });
    await until("B withdrew the tab it holds", async () => {
      const { counts } = await enter(watcher, first.id);
      return counts.find((c) => c.room === productRoom(first.id))?.count === 1 ? true : undefined;
    });
    // B's socket itself now knows: entering another product does not count the person there either.
    const { counts } = await enter(tabOnB, second.id);
    expect(counts.find((c) => c.room === productRoom(second.id))?.count ?? 0).toBe(0);
  });

  it("delivers a question posted on A to a viewer on B, and every publish exactly once", async () => {
    const { id: productId } = await createProduct(t.db);
    const viewerOnA = await client(A.url);
    const viewerOnB = await client(B.url);
    await enter(viewerOnA, productId);
    await enter(viewerOnB, productId);
    const seen = new Map<TestClient, string[]>([
      [viewerOnA, []],
      [viewerOnB, []],
    ]);
    for (const [c, ids] of seen) c.on("qa:changed", (change: TQaChanged) => ids.push(change.thread.id));

    const askerOnA = await client(A.url);
    const askerOnB = await client(B.url);
    const posted: string[] = [];
    for (let i = 0; i < 4; i++) {
      const asker = i % 2 === 0 ? askerOnA : askerOnB;
      const { thread } = await ok<{ thread: { id: string } }>(asker, "qa:ask", {
        productId,
        body: `Question ${i} across instances?`,
        idempotencyKey: randomUUID(),
      });
      posted.push(thread.id);
    }
    // Broadcasts from one instance arrive in order: once the last one is in, no earlier copy is still on its way.
    for (const ids of seen.values())
      await until("all questions delivered", async () => (ids.length >= 4 ? true : undefined));
    const marker = await ok<{ thread: { id: string } }>(askerOnB, "qa:ask", {
      productId,
      body: "Marker question?",
      idempotencyKey: randomUUID(),
    });
    for (const ids of seen.values()) {
      await until("marker delivered", async () => (ids.includes(marker.thread.id) ? true : undefined));
      expect(ids).toEqual([...posted, marker.thread.id]);
    }
  });

  it("merges store-wide activity per instance: each socket on A and B gets every event once, in order, in merged pushes", async () => {
    const { id: productId } = await createProduct(t.db);
    const { id: warmUpProductId } = await createProduct(t.db);
    const onA = await client(A.url);
    const onB = await client(B.url);
    const pushes = new Map<TestClient, TActivityEvent[][]>([
      [onA, []],
      [onB, []],
    ]);
    for (const [c, list] of pushes) c.on("activity:recorded", (events: TActivityEvent[]) => list.push(events));
    const ofProduct = (c: TestClient, id = productId) =>
      pushes
        .get(c)!
        .map((events) => events.filter((e) => e.product?.id === id).map((e) => e.id))
        .filter((ids) => ids.length > 0);
    const flushBoth = () => Promise.all([A.command({ type: "flush-views" }), B.command({ type: "flush-views" })]);

    // A push on each instance starts an interval (an hour here): what follows waits to be merged.
    await A.command({ type: "activity", productId: warmUpProductId });
    for (const c of [onA, onB])
      await until("the warm-up push", async () =>
        ofProduct(c, warmUpProductId).length > 0 ? true : (await flushBoth(), undefined),
      );

    for (let i = 0; i < 4; i++) await A.command({ type: "activity", productId });
    for (const c of [onA, onB])
      await until("the merged push", async () =>
        ofProduct(c).flat().length >= 4 ? true : (await flushBoth(), undefined),
      );

    const stored = (await t.db.activityEvent.findMany({ where: { productId }, orderBy: { id: "asc" } })).map((e) =>
      e.id.toString(),
    );
    expect(stored).toHaveLength(4);
    // A merges what it stored into one push; B, hearing of the events through Redis, into fewer pushes
    // than events. Every socket gets each event once (not once per instance), in the order stored.
    expect(ofProduct(onA)).toHaveLength(1);
    expect(ofProduct(onB).length).toBeLessThan(4);
    for (const c of [onA, onB]) expect(ofProduct(c).flat()).toEqual(stored);
  });

  it("shares posting limits: a shopper who spends the budget through A and B is refused on either", async () => {
    const { id: productId } = await createProduct(t.db);
    const shopper = randomUUID();
    const onA = await client(A.url, shopper);
    const onB = await client(B.url, shopper);
    for (let i = 0; i < 6; i++) {
      await ok(i % 2 ? onB : onA, "qa:ask", { productId, body: `Limit ${i}?`, idempotencyKey: randomUUID() });
    }
    const refused = await request(onA, "qa:ask", { productId, body: "One more?", idempotencyKey: randomUUID() });
    expect(refused).toMatchObject({ ok: false });
    expect(await t.db.question.count({ where: { productId } })).toBe(6);
  });

  it("shows a host on A the floor of shoppers on B, and tells shoppers on B of hosts and typing on A", async () => {
    const { id: productId } = await createProduct(t.db);
    const host = openAt(A.url, { cookie: hostCookie });
    open.push(host);
    await connected(host);
    const floors: TFloor[] = [];
    host.on("floor:updated", (floor) => floors.push(floor));

    const shoppers = [await client(B.url), await client(B.url)];
    for (const s of shoppers) await enter(s, productId);
    const floor = await ok<TFloor>(host, "host:get-floor", {});
    expect(floor.products.find((p) => p.id === productId)?.viewers).toBe(2);
    await until("pushed floor shows B's shoppers", async () =>
      floors.some((f) => f.products.find((p) => p.id === productId)?.viewers === 2) ? true : undefined,
    );

    const hosts = new Promise<string[]>((resolve) =>
      shoppers[0]!.once("hosts:changed", ({ hosts: h }) => resolve(h.map((x) => x.handle))),
    );
    await A.command({ type: "duty", staffId: hostId, onDuty: true });
    expect(await hosts).toContain(hostHandle(hostId, TEST_SECRET));

    const asker = await client(B.url);
    const { thread } = await ok<{ thread: { id: string } }>(asker, "qa:ask", {
      productId,
      body: "Who is typing?",
      idempotencyKey: randomUUID(),
    });
    const typing = new Promise<string>((resolve) => shoppers[1]!.once("qa:typing", (x) => resolve(x.questionId)));
    await ok(host, "qa:typing", { questionId: thread.id });
    expect(await typing).toBe(thread.id);
  });

  it("ends a staff member's live access on every instance when it ends on one", async () => {
    const host = openAt(B.url, { cookie: hostCookie });
    open.push(host);
    await connected(host);
    const ended = new Promise<string>((resolve) => host.once("disconnect", (reason) => resolve(reason)));
    await A.command({ type: "end-staff", staffId: hostId });
    expect(await ended).toBe("io server disconnect");
  });

  it("applies settings saved through one instance on the others at once", async () => {
    await t.db.storeSettings.update({ where: { id: 1 }, data: { presenceThreshold: 4 } });
    await A.command({ type: "settings-changed" });
    // B re-reads settings only every hour in this test: only A's signal can have told it.
    expect(
      await until(
        "B applied the new threshold",
        async () => ((await B.command<number>({ type: "threshold" })) === 4 ? 4 : undefined),
        5_000,
      ),
    ).toBe(4);
    await t.db.storeSettings.update({ where: { id: 1 }, data: { presenceThreshold: 1 } });
    await B.command({ type: "settings-changed" });
    await until(
      "A back to 1",
      async () => ((await A.command<number>({ type: "threshold" })) === 1 ? 1 : undefined),
      5_000,
    );
  });

  it("counts a shopper who views a product through A and B in the same window once", async () => {
    const { id: productId } = await createProduct(t.db);
    const shopper = randomUUID();
    await enter(await client(A.url, shopper), productId);
    await enter(await client(B.url, shopper), productId);
    await enter(await client(B.url), productId);
    await Promise.all([A.command({ type: "flush-views" }), B.command({ type: "flush-views" })]);
    const views = await t.db.activityEvent.findMany({ where: { productId, kind: "view" }, select: { count: true } });
    expect(views).toEqual([{ count: 2 }]);
  });

  it("survives kill -9 of the instance shoppers post through: they reconnect through nginx, lose nothing, double nothing, and the dead instance's people expire", async () => {
    const { id: productId } = await createProduct(t.db);
    const room = productRoom(productId);
    const socketsOn = () => Promise.all(cluster.instances.map((i) => i.command<number>({ type: "sockets" })));
    const before = await socketsOn();
    const posters = await Promise.all([1, 2, 3].map(() => client(cluster.nginx.url, randomUUID(), true)));
    // Every test client is 127.0.0.1, so nginx's address hash sends all of them to the same instance.
    const after = await socketsOn();
    const victim = after[0]! - before[0]! === posters.length ? A : B;
    expect(victim === A ? after[0]! - before[0]! : after[1]! - before[1]!).toBe(posters.length);
    const survivor = victim === A ? B : A;
    const leaver = await client(victim.url); // does not reconnect: must drop out of the count
    const watcher = await client(survivor.url);
    for (const c of [...posters, leaver]) await enter(c, productId);
    const cutOff = new Set<TestClient>();
    for (const p of posters) {
      p.on("connect", () => void enter(p, productId));
      p.on("disconnect", () => cutOff.add(p));
    }
    expect((await enter(watcher, productId)).counts.find((c) => c.room === room)?.count).toBe(5);

    const acked: string[] = [];
    const afterKill = new Map<TestClient, number>();
    let killed = false;
    const postAll = async (poster: TestClient, n: number) => {
      for (let i = 0; i < n; i++) {
        // Paced, so posting is still under way when the instance dies (and within 6 posts a minute).
        await new Promise((r) => setTimeout(r, 300));
        const idempotencyKey = randomUUID();
        // A browser's ask box retries with the same key until the server acknowledges.
        for (;;) {
          const ack = await Promise.race([
            request<{ thread: { id: string } }>(poster, "qa:ask", { productId, body: `Post ${i}?`, idempotencyKey }),
            new Promise<null>((r) => setTimeout(() => r(null), 1_500)),
          ]);
          if (ack?.ok) {
            acked.push(idempotencyKey);
            if (killed) afterKill.set(poster, (afterKill.get(poster) ?? 0) + 1);
            break;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    const posting = Promise.all(posters.map((p) => postAll(p, 5)));
    await until("some posts acknowledged", async () => (acked.length >= 3 ? true : undefined));
    const dropped = countPushed(watcher, room, (n) => n === 4);
    const onSurvivor = await survivor.command<number>({ type: "sockets" });
    killed = true;
    await victim.kill();
    await posting;
    // Every poster was cut off mid-posting and carried on through the survivor.
    expect(cutOff.size).toBe(posters.length);
    expect(posters.map((p) => afterKill.get(p) ?? 0).every((n) => n > 0)).toBe(true);

    const stored = await t.db.question.findMany({ where: { productId }, select: { idempotencyKey: true } });
    expect(stored.map((q) => q.idempotencyKey).sort()).toEqual([...acked].sort());
    expect(acked).toHaveLength(15);
    // Every poster reconnected to the survivor.
    expect(await survivor.command<number>({ type: "sockets" })).toBe(onSurvivor + posters.length);
    // Posters moved to the survivor (same people, still counted); the leaver's presence expired with its instance.
    expect(await dropped).toBe(4);
    const caughtUp = await ok<{ threads: { id: string }[] }>(posters[0]!, "qa:since", { productId, afterSeq: "0" });
    expect(caughtUp.threads).toHaveLength(15);
  }, 90_000);
});
