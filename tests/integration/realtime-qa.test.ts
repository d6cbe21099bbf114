import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TQaChanged, TQaThread } from "@/lib/platform/contracts/qa";
import { getThread } from "@/lib/domains/qa/read-threads";
import { hostHandle } from "@/lib/domains/hosts/host-handle";
import { createProduct } from "../factories/catalog";
import { createOrder } from "../factories/orders";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { signedInStaff } from "../support/staff-session";
import { TEST_ORIGIN, TEST_SECRET, request, requestOk, settle, type TestClient } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

const suite = realtimeSuite({
  staff: true,
  harness: {
    trustProxy: 1,
    limits: { perShopper: { points: 4, duration: 60 }, perIp: { points: 1000, duration: 60 } },
  },
});
let productId: string;
let hostCookie: string;
let hostName: string;
let hostId: string;

type Posted = { thread: TQaThread; seq: string };

const shopper = (shopperId = randomUUID()) => suite.shopper(productId, { shopperId });
const host = () => suite.connect({ cookie: hostCookie });

function watch(client: TestClient) {
  const changes: TQaChanged[] = suite.collect(client, "qa:changed");
  const answered: string[] = [];
  client.on("qa:answered", (a) => answered.push(a.questionId));
  return { changes, answered };
}

const ok = requestOk;

const ask = (client: TestClient, body = "Is this roast good for espresso?", idempotencyKey = randomUUID()) =>
  ok<Posted>(client, "qa:ask", { productId, body, idempotencyKey });

beforeAll(async () => {
  const staff = await signedInStaff(suite.t, "host", TEST_ORIGIN, TEST_SECRET);
  hostCookie = staff.cookie;
  hostName = staff.name;
  hostId = staff.id;
  productId = (await createProduct(suite.t.db)).id;
});

describe("asking and answering in public", () => {
  it("marks a question by a paying buyer of the product who keeps coming back as verified buyer and regular", async () => {
    const buyerId = randomUUID();
    const { orderId } = await createOrder(suite.t.db, {
      shopperId: (await ensureShopper(suite.t.db, buyerId)).id,
      productId,
    });
    const unpaid = await ask(await shopper(buyerId), "Does it keep for a month once opened?");
    expect(unpaid.thread.author).toMatchObject({ verifiedBuyer: false, regular: false });

    await suite.t.db.order.update({ where: { id: orderId }, data: { paidAt: new Date() } });
    for (const day of ["2026-11-01", "2026-11-05"])
      await suite.t.db.shopperVisitDay.create({ data: { shopperId: buyerId, day: new Date(day) } });
    const paid = await ask(await shopper(buyerId), "And for espresso, how fine should I grind it?");
    expect(paid.thread.author).toMatchObject({ verifiedBuyer: true, regular: true });
    expect(await getThread(suite.t.db, paid.thread.id, "public")).toMatchObject({
      author: { verifiedBuyer: true, regular: true },
    });
  });

  it("stores a question before telling anyone, and every viewer gets the stored thread", async () => {
    const asker = await shopper();
    const viewer = await shopper();
    const seen = watch(viewer);
    const { thread } = await ask(asker);

    const stored = await suite.t.db.question.findUniqueOrThrow({ where: { id: thread.id } });
    expect(stored.body).toBe("Is this roast good for espresso?");
    await settle(viewer);
    expect(seen.changes.map((c) => c.thread.id)).toEqual([thread.id]);
    expect(thread.author).toMatchObject({ kind: "shopper", verifiedBuyer: false });
    // The broadcast is built from the stored row, not re-read: it must be exactly what a read returns.
    const [publicRead, staffRead] = await Promise.all([
      getThread(suite.t.db, thread.id, "public"),
      getThread(suite.t.db, thread.id, "staff"),
    ]);
    expect(seen.changes[0]!.thread).toEqual(publicRead);
    expect(thread).toEqual(publicRead);
    expect(staffRead?.body).toBe("Is this roast good for espresso?");
    expect(await suite.t.db.questionFollow.count({ where: { questionId: thread.id } })).toBe(1);
    expect(await suite.t.db.qaChange.findMany({ where: { questionId: thread.id }, select: { kind: true } })).toEqual([
      { kind: "asked" },
    ]);
  });

  it("refuses a question about a product that is not on sale, and stores nothing", async () => {
    const hidden = await createProduct(suite.t.db, { published: false });
    const asker = await shopper();
    const reply = await new Promise<{ ok: boolean; error?: string }>((resolve) =>
      asker.emit("qa:ask", { productId: hidden.id, body: "Is it back soon?", idempotencyKey: randomUUID() }, resolve),
    );
    expect(reply).toMatchObject({ ok: false, error: "This product is not available." });
    expect(await suite.t.db.question.count({ where: { productId: hidden.id } })).toBe(0);
  });

  it("never doubles a retried post, even when the retries race", async () => {
    const asker = await shopper();
    const key = randomUUID();
    const [a, b] = await Promise.all([
      ask(asker, "Does it ship abroad?", key),
      ask(asker, "Does it ship abroad?", key),
    ]);
    const c = await ask(asker, "Does it ship abroad?", key);
    expect(new Set([a.thread.id, b.thread.id, c.thread.id]).size).toBe(1);
    expect(await suite.t.db.question.count({ where: { body: "Does it ship abroad?" } })).toBe(1);
  });

  it("labels a host's answer, stamps the response time and tells the asker on any page", async () => {
    const askerId = randomUUID();
    const asker = await shopper(askerId);
    const elsewhere = await suite.connect({ shopperId: askerId }); // the same shopper in another tab, not on the product
    const tab = watch(elsewhere);
    const { thread } = await ask(asker, "How fine should I grind it?");
    const staff = await host();

    const seen = await ok<Posted>(staff, "qa:open", { questionId: thread.id });
    expect(seen.thread.seenBy?.name).toBe(hostName);
    const answer = await ok<Posted>(staff, "qa:reply", {
      questionId: thread.id,
      body: "Like table salt.",
      idempotencyKey: randomUUID(),
    });

    const reply = answer.thread.replies[0]!;
    expect(reply.author).toMatchObject({ kind: "host", name: hostName });
    expect(answer.thread.firstHostAnswerAt).not.toBeNull();
    await settle(elsewhere);
    expect(tab.answered).toContain(thread.id);
  });

  it("hides a post from the public without deleting it", async () => {
    const asker = await shopper();
    const viewer = await shopper();
    const seen = watch(viewer);
    const { thread } = await ask(asker, "Rude words here");
    const staff = await host();
    const moderated = await ok<Posted>(staff, "qa:moderate", {
      action: "hide",
      post: { kind: "question", id: thread.id },
    });
    expect(moderated.thread).toMatchObject({ hidden: true, body: "Rude words here" });
    await settle(viewer);
    expect(seen.changes.at(-1)?.thread).toMatchObject({ id: thread.id, hidden: true, body: null });
    expect((await suite.t.db.question.findUniqueOrThrow({ where: { id: thread.id } })).body).toBe("Rude words here");
  });
});

describe("who is on duty", () => {
  it("tells shoppers a host's public handle and name, never the host's user id", async () => {
    const viewer = await shopper();
    const heard = new Promise<unknown>((resolve) => viewer.once("hosts:changed", resolve));
    const hostSocket = await host();
    const ack = await ok<{ hosts: { handle: string; name: string }[] }>(hostSocket, "host:set-duty", { onDuty: true });
    const pushed = await heard;
    expect(JSON.stringify(pushed)).not.toContain(hostId);
    expect(pushed).toEqual({
      hosts: [expect.objectContaining({ handle: hostHandle(hostId, TEST_SECRET), name: hostName })],
    });
    // The host's own console finds itself by the same handle.
    expect(ack.hosts.map((x) => x.handle)).toContain(hostHandle(hostId, TEST_SECRET));
    await ok(hostSocket, "host:set-duty", { onDuty: false });
  });
});

describe("authorization and abuse", () => {
  it("refuses every host event from a shopper socket", async () => {
    const client = await shopper();
    const { thread } = await ask(client, "Can I act as a host?");
    const attempts: [string, unknown][] = [
      ["qa:open", { questionId: thread.id }],
      ["qa:typing", { questionId: thread.id }],
      ["qa:moderate", { action: "pin", post: { kind: "question", id: thread.id } }],
      ["qa:block-author", { kind: "question", id: thread.id }],
      ["host:set-duty", { onDuty: true }],
      ["host:get-floor", {}],
      ["host:get-queue", {}],
      ["qa:since", { productId: null, afterSeq: "0" }],
    ];
    for (const [event, payload] of attempts) {
      const ack = await request(client, event, payload);
      expect(ack, event).toMatchObject({ ok: false });
    }
    const after = await suite.t.db.question.findUniqueOrThrow({ where: { id: thread.id } });
    expect(after).toMatchObject({ pinned: false, seenById: null, hidden: false });
  });

  it("lets nobody edit another's post", async () => {
    const author = await shopper();
    const other = await shopper();
    const { thread } = await ask(author, "Original words");
    const ack = await request(other, "qa:edit", { post: { kind: "question", id: thread.id }, body: "Replaced words" });
    expect(ack).toEqual({ ok: false, error: "You can only edit your own posts.", code: "forbidden" });
    const own = await ok<Posted>(author, "qa:edit", {
      post: { kind: "question", id: thread.id },
      body: "Better words",
    });
    expect(own.thread).toMatchObject({ body: "Better words" });
    expect(own.thread.editedAt).not.toBeNull();
  });

  it("tells a shopper plainly when they post too fast, and stores nothing more", async () => {
    const client = await shopper();
    for (let i = 0; i < 4; i++) await ask(client, `Question number ${i}`);
    const ack = await request(client, "qa:ask", { productId, body: "One too many", idempotencyKey: randomUUID() });
    expect(ack).toMatchObject({ ok: false, error: expect.stringMatching(/faster than this shop allows/) });
    expect(await suite.t.db.question.count({ where: { body: "One too many" } })).toBe(0);
  });

  it("rejects invalid payloads and filtered content with a message", async () => {
    const client = await shopper();
    const bad = [
      { productId, body: "x", idempotencyKey: randomUUID() },
      { productId, body: "Fine question", idempotencyKey: "not-a-uuid" },
      { productId, body: "Fine question", idempotencyKey: randomUUID(), admin: true },
      { productId, body: "Buy cheap beans at https://spam.example now", idempotencyKey: randomUUID() },
    ];
    for (const payload of bad) expect(await request(client, "qa:ask", payload)).toMatchObject({ ok: false });
    expect(await suite.t.db.question.count({ where: { body: { contains: "spam" } } })).toBe(0);
  });

  it("stops a blocked shopper from posting", async () => {
    // From an address of its own: a block also covers new identities from the author's address for a day.
    const client = await suite.connect({ shopperId: randomUUID(), forwardedFor: "203.0.113.66" });
    const { thread } = await ask(client, "Something unpleasant");
    const staff = await host();
    await ok(staff, "qa:block-author", { kind: "question", id: thread.id });
    const ack = await request(client, "qa:ask", { productId, body: "Another try", idempotencyKey: randomUUID() });
    expect(ack).toMatchObject({ ok: false, error: expect.stringMatching(/no longer post/) });
  });

  it("keeps markup as plain text", async () => {
    const client = await shopper();
    const payload = `<img src=x onerror="alert('xss')"><script>alert(1)</script>`;
    const { thread } = await ask(client, payload);
    expect(thread.body).toBe(payload);
  });
});

describe("catching up", () => {
  it("gives a client that dropped mid-conversation every post, edit and hide it missed", async () => {
    const asker = await shopper();
    const viewerId = randomUUID();
    const viewer = await shopper(viewerId);
    const { thread, seq } = await ask(asker, "Is the bag resealable?");
    await settle(viewer);
    viewer.disconnect();

    const staff = await host();
    await ok(staff, "qa:reply", { questionId: thread.id, body: "Yes, with a zip.", idempotencyKey: randomUUID() });
    const reply2 = await ok<Posted>(asker, "qa:reply", {
      questionId: thread.id,
      body: "Great, thanks!",
      idempotencyKey: randomUUID(),
    });
    await ok(asker, "qa:edit", {
      post: { kind: "reply", id: reply2.thread.replies[1]!.id },
      body: "Great, thank you!",
    });
    await ok(staff, "qa:moderate", { action: "hide", post: { kind: "reply", id: reply2.thread.replies[1]!.id } });

    const back = await shopper(viewerId);
    const caught = await ok<{ threads: TQaThread[]; seq: string }>(back, "qa:since", { productId, afterSeq: seq });
    const latest = caught.threads.find((x) => x.id === thread.id)!;
    expect(latest.replies.map((r) => [r.author.kind, r.body, r.hidden])).toEqual([
      ["host", "Yes, with a zip.", false],
      ["shopper", null, true],
    ]);
    expect(BigInt(caught.seq)).toBeGreaterThan(BigInt(seq));
  });

  it("catches up from Postgres after the server restarts", async () => {
    const asker = await shopper();
    const { thread, seq } = await ask(asker, "Will you restock soon?");
    const staff = await host();
    await suite.restart();
    await ok(await host(), "qa:reply", { questionId: thread.id, body: "Next week.", idempotencyKey: randomUUID() });
    const back = await shopper();
    const caught = await ok<{ threads: TQaThread[] }>(back, "qa:since", { productId, afterSeq: seq });
    expect(caught.threads.find((x) => x.id === thread.id)?.replies.map((r) => r.body)).toEqual(["Next week."]);
    staff.disconnect();
  });
});
