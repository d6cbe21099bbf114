import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Ack } from "@/lib/platform/contracts/events";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { createStaffAccount } from "@/lib/domains/staff/create-staff-account";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { createProduct } from "../factories/catalog";
import { signedInStaff } from "../support/staff-session";
import { TEST_ORIGIN, TEST_SECRET, request, type TestClient } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

// The shop sits behind one proxy here (TRUST_PROXY=1): the proxy appends the address it was reached
// from; whatever the client put to its left is the client's own claim.
const suite = realtimeSuite({
  staff: true,
  harness: { trustProxy: 1, limits: { perShopper: { points: 100, duration: 60 }, perIp: { points: 3, duration: 60 } } },
});
let productId: string;
let hostCookie: string;
// A host whose name has no reserved word in it: the name itself is what is reserved.
const STAFF_NAME = "Tomás Reyes";
let nextAddress = 10;
const freshAddress = () => `203.0.113.${nextAddress++}`;

const shopper = (forwardedFor: string, shopperId = randomUUID()) => suite.connect({ shopperId, forwardedFor });

const ask = (client: TestClient, extra: Record<string, unknown> = {}) =>
  request<{ thread: TQaThread }>(client, "qa:ask", {
    productId,
    body: "Does this come in a smaller bag?",
    idempotencyKey: randomUUID(),
    ...extra,
  });

function refusal(ack: Ack<unknown>): string {
  if (ack.ok) throw new Error("expected a refusal");
  return ack.error;
}

beforeAll(async () => {
  const staff = await signedInStaff(suite.t, "host", TEST_ORIGIN, TEST_SECRET);
  hostCookie = staff.cookie;
  await createStaffAccount(suite.t.db, {
    email: "tomas@staff.test",
    name: STAFF_NAME,
    role: "host",
    password: "a-long-test-password",
  });
  productId = (await createProduct(suite.t.db)).id;
});

describe("per-address limits behind a proxy", () => {
  it("counts the address the proxy saw, not the one the client wrote on the left of X-Forwarded-For", async () => {
    const address = freshAddress();
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      // Every client claims a different address of its own; the proxy saw the same one each time.
      const client = await shopper(`198.51.100.${i + 1}, ${address}`);
      results.push((await ask(client)).ok);
    }
    expect(results).toEqual([true, true, true, false]);

    // Someone else behind the same proxy, at another address, has a budget of their own.
    expect((await ask(await shopper(`198.51.100.1, ${freshAddress()}`))).ok).toBe(true);
  });
});

describe("a host's block", () => {
  it("outlives a new cookie: new identities at the author's address are refused for a day", async () => {
    const address = freshAddress();
    // Someone else at the same address (one household, one office), here before the block.
    const neighbour = randomUUID();
    await ensureShopper(suite.t.db, neighbour);
    const author = await shopper(address);
    const asked = await ask(author);
    if (!asked.ok) throw new Error(asked.error);

    const host = await suite.connect({ cookie: hostCookie, forwardedFor: freshAddress() });
    const blocked = await request(host, "qa:block-author", { kind: "question", id: asked.data.thread.id });
    expect(blocked.ok).toBe(true);

    // The author drops the cookie and comes back as somebody new, from the same address.
    const again = await shopper(address);
    expect(refusal(await ask(again))).toMatch(/can no longer post/);
    const stored = await suite.t.db.blockedAddress.findUnique({ where: { address } });
    expect(stored!.until.getTime() - Date.now()).toBeGreaterThan(23 * 60 * 60 * 1000);

    // Shoppers who were already there keep posting, from that address too, and so does everyone elsewhere.
    expect((await ask(await shopper(address, neighbour))).ok).toBe(true);
    expect((await ask(await shopper(freshAddress()))).ok).toBe(true);
  });
});

describe("names that pass for the shop's own people", () => {
  it("refuses host and staff wording in a post's display name", async () => {
    const client = await shopper(freshAddress());
    expect(refusal(await ask(client, { displayName: `${STAFF_NAME} (HOST)` }))).toMatch(/kept for the shop/);
    expect(refusal(await ask(client, { displayName: "Shop Staff" }))).toMatch(/kept for the shop/);
    expect(refusal(await ask(client, { displayName: "H0ST" }))).toMatch(/kept for the shop/);
  });

  it("refuses a staff member's name however it is spelled, in a post and as an alias", async () => {
    const client = await shopper(freshAddress());
    expect(refusal(await ask(client, { displayName: "TOMAS  reyes" }))).toMatch(/name of someone on the shop's staff/);
    const alias = await request(client, "shopper:set-preferences", { alias: "Tomas Reyes" });
    expect(refusal(alias)).toMatch(/name of someone on the shop's staff/);
    const saved = await request<{ alias: string }>(client, "shopper:set-preferences", { alias: "Calm Heron" });
    expect(saved.ok).toBe(true);
  });
});

describe("malformed text", () => {
  it("answers a NUL byte in a question with a message, and stores nothing", async () => {
    const client = await shopper(freshAddress());
    const before = await suite.t.db.question.count();
    const error = refusal(await ask(client, { body: "Is this\u0000 decaf?" }));
    expect(error).toMatch(/control characters/);
    expect(error).not.toMatch(/went wrong/);
    expect(await suite.t.db.question.count()).toBe(before);
  });
});
