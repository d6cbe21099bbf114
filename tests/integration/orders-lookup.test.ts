// Find my order: number + email from any browser, the same answer whichever part is wrong, rate-limited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOrderLookup } from "@/lib/platform/contracts/orders";
import { findOrder, ORDER_NOT_FOUND_MESSAGE } from "@/lib/domains/orders/find-order";
import { createLookupLimiter, type LookupLimiter } from "@/lib/platform/rate-limit/lookup-limiter";
import { isUserError } from "@/lib/platform/errors/user-error";
import { createOrder } from "../factories/orders";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let limiter: LookupLimiter;
let order: { orderId: string; number: number };
let other: { number: number };

beforeAll(async () => {
  t = await createTestDatabase();
  limiter = createLookupLimiter(t.url, { points: 1000, duration: 60 });
  const placed = await createOrder(t.db, { checkout: { email: "ada@example.test" } });
  const second = await createOrder(t.db, { checkout: { email: "grace@example.test" } });
  const numberOf = async (id: string) => (await t.db.order.findUniqueOrThrow({ where: { id } })).number;
  order = { orderId: placed.orderId, number: await numberOf(placed.orderId) };
  other = { number: await numberOf(second.orderId) };
});
afterAll(async () => {
  await limiter.close();
  await t.drop();
});

/** What the person sees: the order id, or the refusal's code and message. */
async function lookUp(number: string, email: string, by: LookupLimiter = limiter, ip = "203.0.113.7") {
  try {
    return { found: await findOrder(t.db, by, ip, ZOrderLookup.parse({ number, email })) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe("finding an order by number and email", () => {
  it("finds it with either spelling of the number and any case of the email", async () => {
    expect(await lookUp(`#${order.number}`, "ada@example.test")).toEqual({ found: order.orderId });
    expect(await lookUp(` ${order.number} `, " ADA@Example.TEST ")).toEqual({ found: order.orderId });
  });

  it("answers a wrong number, a wrong email and both wrong exactly alike", async () => {
    const answers = [
      await lookUp(String(order.number + 100_000), "ada@example.test"), // no such number
      await lookUp(String(other.number), "ada@example.test"), // another buyer's number
      await lookUp(String(order.number), "grace@example.test"), // another buyer's email
      await lookUp(String(order.number), "nobody@example.test"),
      await lookUp("999999", "nobody@example.test"),
    ];
    for (const answer of answers) expect(answer).toEqual({ code: "not_found", message: ORDER_NOT_FOUND_MESSAGE });
  });

  it("slows guessing down per address, right or wrong, and leaves other addresses alone", async () => {
    const tight = createLookupLimiter(t.url, { points: 3, duration: 600 });
    try {
      const ip = "198.51.100.9";
      for (let i = 0; i < 3; i++)
        expect(await lookUp(String(900000 + i), "x@example.test", tight, ip)).toMatchObject({ code: "not_found" });
      // The right answer is refused too once the budget is spent: nothing distinguishes a good guess.
      expect(await lookUp(String(order.number), "ada@example.test", tight, ip)).toMatchObject({
        code: "rate_limited",
        message: expect.stringMatching(/^Too many lookups from your connection\. Please wait \d+ (s|min)\b/),
      });
      expect(await lookUp(String(order.number), "ada@example.test", tight, "198.51.100.10")).toEqual({
        found: order.orderId,
      });
    } finally {
      await tight.close();
    }
  });
});
