import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TPoll } from "@/lib/platform/contracts/polls";
import { addToCart } from "@/lib/domains/cart/cart";
import { createProduct } from "../factories/catalog";
import { signedInStaff } from "../support/staff-session";
import {
  TEST_ORIGIN,
  TEST_SECRET,
  request,
  requestOk as ok,
  settle,
  type TestClient,
} from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

const suite = realtimeSuite({ staff: true });
let hostCookie: string;
let productId: string;
let otherProductId: string;

beforeAll(async () => {
  hostCookie = (await signedInStaff(suite.t, "host", TEST_ORIGIN, TEST_SECRET)).cookie;
  productId = (await createProduct(suite.t.db, { title: "Kenya AA" })).id;
  otherProductId = (await createProduct(suite.t.db)).id;
});

/** Staff (by cookie) just connect; a shopper also enters a page: this product unless told. */
const connect = (options: { shopperId?: string; cookie?: string }, onProduct: string | null = productId) =>
  options.cookie ? suite.connect(options) : suite.shopper(onProduct, options);

const newPoll = (host: TestClient, overrides: Record<string, unknown> = {}) =>
  ok<TPoll>(host, "poll:create", {
    kind: "poll",
    question: "How do you brew at home?",
    options: ["Espresso", "Filter", "French press"],
    audience: "product",
    productId,
    ...overrides,
  });

describe("host polls", () => {
  it("reach the product's viewers live, not other pages, and only hosts may open one", async () => {
    const host = await connect({ cookie: hostCookie });
    const here = await connect({ shopperId: randomUUID() });
    const elsewhere = await connect({ shopperId: randomUUID() }, otherProductId);
    const seenHere = suite.collect(here, "poll:opened");
    const seenElsewhere = suite.collect(elsewhere, "poll:opened");
    const refused = await request(here, "poll:create", {
      kind: "poll",
      question: "Fake poll?",
      options: ["a", "b"],
      audience: "store",
    });
    expect(refused).toMatchObject({ ok: false, error: "Only hosts can do that." });

    const poll = await newPoll(host);
    await settle(here);
    await settle(elsewhere);
    expect(seenHere.map((p) => p.id)).toEqual([poll.id]);
    expect(seenElsewhere).toEqual([]);
    expect(poll.results).toEqual({ total: 0, options: null });
  });

  it("counts one answer per person across tabs, lets it change, and hides counts below the threshold", async () => {
    const host = await connect({ cookie: hostCookie });
    const poll = await newPoll(host);
    const [espresso, filter] = poll.options;
    const shopper = randomUUID();
    const tabA = await connect({ shopperId: shopper });
    const tabB = await connect({ shopperId: shopper });
    const first = await ok<{ results: TPoll["results"] }>(tabA, "poll:answer", {
      pollId: poll.id,
      optionId: espresso!.id,
    });
    expect(first.results).toEqual({ total: 1, options: null }); // threshold 2: too few to show
    const changed = await ok<{ results: TPoll["results"] }>(tabB, "poll:answer", {
      pollId: poll.id,
      optionId: filter!.id,
    });
    expect(changed.results.total).toBe(1);

    const other = await connect({ shopperId: randomUUID() });
    const tallies = suite.collect(tabA, "poll:tallied");
    await ok(other, "poll:answer", { pollId: poll.id, optionId: filter!.id });
    await settle(tabA);
    expect(tallies.at(-1)?.results).toEqual({
      total: 2,
      options: [
        { id: espresso!.id, count: 0, percent: 0 },
        { id: filter!.id, count: 2, percent: 100 },
        { id: poll.options[2]!.id, count: 0, percent: 0 },
      ],
    });
  });

  it("refuses an option of another poll and any answer after closing; followers hear the result", async () => {
    const host = await connect({ cookie: hostCookie });
    const poll = await newPoll(host);
    const another = await newPoll(host, { question: "Which roast next?", options: ["Light", "Dark"] });
    const shopper = await connect({ shopperId: randomUUID() });
    const follower = await connect({ shopperId: randomUUID() }, null);
    const ready = suite.collect(follower, "poll:result-ready");
    await ok(follower, "poll:follow", { pollId: poll.id, on: true });

    const wrong = await request(shopper, "poll:answer", { pollId: poll.id, optionId: another.options[0]!.id });
    expect(wrong).toMatchObject({ ok: false, error: "That option is not part of this poll." });
    const closed = suite.collect(shopper, "poll:closed");
    await ok(host, "poll:close", { pollId: poll.id });
    await settle(shopper);
    await settle(follower);
    expect(closed.map((c) => c.pollId)).toEqual([poll.id]);
    expect(ready.map((r) => r.pollId)).toEqual([poll.id]);
    const late = await request(shopper, "poll:answer", { pollId: poll.id, optionId: poll.options[0]!.id });
    expect(late).toMatchObject({ ok: false, error: "This poll has closed; thank you all the same." });
    const listed = await ok<{ closed: TPoll[] }>(shopper, "poll:list", { productId });
    expect(listed.closed.map((p) => p.id)).toContain(poll.id);
  });

  it("aims a cart poll at shoppers with the product in their cart, live and after a reconnect", async () => {
    const host = await connect({ cookie: hostCookie });
    const buyerId = randomUUID();
    const browserId = randomUUID();
    const withCart = await connect({ shopperId: buyerId }, null);
    const without = await connect({ shopperId: browserId }, null);
    await addToCart(suite.t.db, buyerId, otherProductId, 1);
    const seenWith = suite.collect(withCart, "poll:opened");
    const seenWithout = suite.collect(without, "poll:opened");
    const poll = await newPoll(host, { audience: "cart", productId: otherProductId, question: "Grind it for you?" });
    await settle(withCart);
    await settle(without);
    expect(seenWith.map((p) => p.id)).toEqual([poll.id]);
    expect(seenWithout).toEqual([]);

    await ok(withCart, "poll:answer", { pollId: poll.id, optionId: poll.options[1]!.id });
    withCart.disconnect();
    const back = await connect({ shopperId: buyerId }, null);
    const caught = await ok<{ active: TPoll[]; mine: Record<string, { optionId: string | null }> }>(back, "poll:list", {
      productId: null,
    });
    expect(caught.active.map((p) => p.id)).toContain(poll.id);
    expect(caught.mine[poll.id]?.optionId).toBe(poll.options[1]!.id);
    const other = await ok<{ active: TPoll[] }>(without, "poll:list", { productId: null });
    expect(other.active.map((p) => p.id)).not.toContain(poll.id);
  });
});

describe("open prompts", () => {
  it("bring written answers to hosts, alias only when allowed, and publish only those", async () => {
    const host = await connect({ cookie: hostCookie });
    const received = suite.collect(host, "poll:answer-received");
    const prompt = await newPoll(host, { kind: "prompt", options: [], question: "What do you pair it with?" });
    const shy = await connect({ shopperId: randomUUID() });
    const proud = await connect({ shopperId: randomUUID() });
    const published = suite.collect(shy, "poll:answer-published");
    await ok(shy, "poll:answer", { pollId: prompt.id, body: "<script>alert(1)</script> dark chocolate" });
    await ok(proud, "poll:answer", { pollId: prompt.id, body: "A slice of cheesecake", showAlias: true });
    await settle(host);
    expect(received.map((r) => [r.body, r.alias === null])).toEqual([
      ["<script>alert(1)</script> dark chocolate", true],
      ["A slice of cheesecake", false],
    ]);

    const refused = await request(host, "poll:publish-answer", { answerId: received[0]!.id });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("did not agree") });
    await ok(host, "poll:publish-answer", { answerId: received[1]!.id });
    await settle(shy);
    expect(published.map((p) => p.answer.body)).toEqual(["A slice of cheesecake"]);
    expect(published[0]!.answer.alias).toBe(received[1]!.alias);
  });
});
