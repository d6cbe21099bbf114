import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { auth } from "@/lib/domains/auth/auth";
import { setStaffActive } from "@/lib/domains/staff/set-staff-active";
import { createProduct } from "../factories/catalog";
import { signedInStaff } from "../support/staff-session";
import { TEST_ORIGIN, TEST_SECRET, connected, request, settle, type TestClient } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

const suite = realtimeSuite({
  staff: true,
  harness: { eventBudget: { events: { points: 50, duration: 60 }, refusals: { points: 20, duration: 60 } } },
});
let productId: string;
let ownerId: string;

beforeAll(async () => {
  ownerId = (await signedInStaff(suite.t, "owner", TEST_ORIGIN, TEST_SECRET)).id;
  productId = (await createProduct(suite.t.db)).id;
});

const client = (options: { shopperId?: string; cookie?: string }) => suite.connect(options);

const disconnected = (c: TestClient) =>
  new Promise<string>((resolve) => (c.connected ? c.once("disconnect", (reason) => resolve(reason)) : resolve("")));

async function askedQuestion(): Promise<TQaThread> {
  const asker = await client({ shopperId: randomUUID() });
  await request(asker, "presence:enter", { productId });
  const ack = await request<{ thread: TQaThread }>(asker, "qa:ask", {
    productId,
    body: "Does this come in a smaller bag?",
    idempotencyKey: randomUUID(),
  });
  if (!ack.ok) throw new Error(ack.error);
  return ack.data.thread;
}

describe("staff rights hold per event for the life of a socket", () => {
  it("a host deactivated mid-session is disconnected at once and the old cookie identifies nobody", async () => {
    const host = await signedInStaff(suite.t, "host", TEST_ORIGIN, TEST_SECRET);
    const socket = await client({ cookie: host.cookie });
    expect((await request(socket, "host:get-queue", {})).ok).toBe(true);

    const gone = disconnected(socket);
    await setStaffActive(suite.t.db, { actorId: ownerId, userId: host.id, active: false });
    expect(await gone).toBe("io server disconnect");
    expect(socket.connected).toBe(false);
    // The same cookie no longer identifies anyone: its session was deleted with the deactivation.
    const again = suite.open({ cookie: host.cookie });
    await expect(connected(again)).rejects.toThrow(/unidentified/);
  });

  it("a host signed out elsewhere loses host powers on the socket opened before", async () => {
    const host = await signedInStaff(suite.t, "host", TEST_ORIGIN, TEST_SECRET);
    const socket = await client({ cookie: host.cookie });
    const thread = await askedQuestion();
    // Signing out deletes the session row; nothing tells this socket in advance.
    await auth().api.signOut({ headers: new Headers({ cookie: host.cookie }) });
    const reply = await request(socket, "qa:reply", {
      questionId: thread.id,
      body: "Still a host?",
      idempotencyKey: randomUUID(),
    });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining("sign in again") });
    expect(await suite.t.db.reply.count({ where: { questionId: thread.id } })).toBe(0);
  });
});

describe("every socket has an event budget", () => {
  it("refuses a flood past the budget with a clear error and disconnects persistent abuse, others unaffected", async () => {
    const flooder = await client({ shopperId: randomUUID() });
    const bystander = await client({ shopperId: randomUUID() });
    const gone = disconnected(flooder);
    const acks = await Promise.all(
      Array.from({ length: 65 }, () => request(flooder, "activity:since", { afterId: "0" })),
    );
    const refused = acks.filter((a) => !a.ok);
    expect(acks.filter((a) => a.ok)).toHaveLength(50);
    expect(refused[0]).toMatchObject({ error: expect.stringContaining("slow down") });
    // Keep flooding: past the refusal budget the server hangs up.
    for (let i = 0; i < 10; i++) flooder.emit("activity:since", { afterId: "0" });
    expect(await gone).toBe("io server disconnect");
    // Reconnecting does not refill the budget: the same person is refused at the handshake for a while.
    flooder.connect();
    await expect(connected(flooder)).rejects.toThrow(/Too many events/);
    expect((await request(bystander, "activity:since", { afterId: "0" })).ok).toBe(true);
  });

  it("limits votes per shopper across sockets", async () => {
    const thread = await askedQuestion();
    const voter = randomUUID();
    const tabs = [await client({ shopperId: voter }), await client({ shopperId: voter })];
    const acks = [];
    for (let i = 0; i < 40; i++) {
      acks.push(await request(tabs[i % 2]!, "qa:vote", { post: { kind: "question", id: thread.id }, on: i % 2 === 0 }));
    }
    const refused = acks.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ error: expect.stringContaining("voting faster") });
  });
});

describe("malformed events", () => {
  it("refuses a made-up product id at presence:enter and keeps the real views of the window", async () => {
    const viewer = await client({ shopperId: randomUUID() });
    const real = await request(viewer, "presence:enter", { productId });
    const bogus = await client({ shopperId: randomUUID() });
    const refused = await request(bogus, "presence:enter", { productId: randomUUID() });
    expect(real.ok).toBe(true);
    expect(refused).toMatchObject({ ok: false, error: "This product is not in the shop." });
    await suite.h.realtime.runPeriodicWork();
    const views = await suite.t.db.activityEvent.findMany({ where: { kind: "view", productId } });
    expect(views.length).toBeGreaterThan(0);
  });

  it("answers events named like Object.prototype members as unknown, without throwing", async () => {
    const c = await client({ shopperId: randomUUID() });
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty"]) {
      expect(await request(c, name, {})).toMatchObject({ ok: false, error: expect.stringContaining("unknown event") });
    }
    await settle(c);
    expect(c.connected).toBe(true);
  });
});
