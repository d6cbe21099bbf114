import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffFromHeaders } from "@/lib/domains/auth/staff-from-headers";
import { postQuestion } from "@/lib/domains/qa/post-question";
import type { TStoredAddress } from "@/lib/platform/contracts/mail";
import { createProduct } from "../factories/catalog";
import { createShopper } from "../factories/shoppers";
import { signedInStaff } from "../support/staff-session";
import {
  connected,
  openClient,
  request,
  startHarness,
  TEST_ORIGIN,
  TEST_SECRET,
  type Harness,
  type TestClient,
} from "../support/realtime-harness";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let h: Harness;
let hostCookie: string;
const open: TestClient[] = [];
const rules = { blockedWords: [], blockLinks: true };

beforeAll(async () => {
  t = await createTestDatabase();
  // Email counts as configured (nothing is sent here: no outbox job runs in the harness).
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  hostCookie = (await signedInStaff(t, "host", TEST_ORIGIN, TEST_SECRET)).cookie;
  h = await startHarness(t, { identifyStaff: staffFromHeaders });
});
afterAll(async () => {
  for (const c of open) c.disconnect();
  await h.close();
  await t.drop();
});

async function connect(options: { shopperId?: string; cookie?: string }) {
  const c = openClient(h, options);
  open.push(c);
  await connected(c);
  return c;
}

async function question(): Promise<string> {
  const product = await createProduct(t.db);
  const asker = await createShopper(t.db);
  const posted = await postQuestion(
    t.db,
    asker.id,
    { productId: product.id, body: "Is it decaf friendly?", idempotencyKey: randomUUID() },
    rules,
  );
  return posted.questionId;
}

describe("notify:* over the socket", () => {
  it("a shopper gives, lists and erases an address; staff and bad input are refused and store nothing", async () => {
    const questionId = await question();
    const shopper = await createShopper(t.db);
    const c = await connect({ shopperId: shopper.id });

    const bad = await request(c, "notify:answer", { questionId, email: "not-an-address" });
    expect(bad).toMatchObject({ ok: false });
    const extra = await request(c, "notify:answer", { questionId, email: "a@example.test", shopperId: randomUUID() });
    expect(extra).toMatchObject({ ok: false });
    expect(await t.db.answerMailRequest.count()).toBe(0);

    expect(await request(c, "notify:answer", { questionId, email: "a@example.test" })).toMatchObject({ ok: true });
    const listed = await request<{ addresses: TStoredAddress[] }>(c, "notify:list", {});
    expect(listed.ok && listed.data.addresses.map((a) => a.email)).toEqual(["a@example.test"]);

    // Another shopper sees nothing of it.
    const other = await connect({ shopperId: (await createShopper(t.db)).id });
    const theirs = await request<{ addresses: TStoredAddress[] }>(other, "notify:list", {});
    expect(theirs.ok && theirs.data.addresses).toEqual([]);

    const host = await connect({ cookie: hostCookie });
    expect(await request(host, "notify:answer", { questionId, email: "host@example.test" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });

    expect(await request(c, "notify:erase", { email: "a@example.test" })).toMatchObject({
      ok: true,
      data: { erased: 1 },
    });
    expect(await t.db.answerMailRequest.count()).toBe(0);
  });

  it("is rate-limited like other writes", async () => {
    const questionId = await question();
    const c = await connect({ shopperId: (await createShopper(t.db)).id });
    const answers = [];
    for (let i = 0; i < 12; i += 1) {
      answers.push(await request(c, "notify:answer", { questionId, email: `n${i}@example.test` }));
    }
    expect(answers.slice(0, 10).every((a) => a.ok)).toBe(true);
    expect(answers[10]).toMatchObject({ ok: false, code: "rate_limited" });
  });
});
