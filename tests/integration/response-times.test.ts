import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { responseTimes, lastDays } from "@/lib/domains/qa/response-times";
import { createProduct } from "../factories/catalog";
import { createShopper } from "../factories/shoppers";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());
// Each test states all the answers it counts: none depends on what another left behind.
beforeEach(async () => {
  await t.db.question.deleteMany();
});

async function answeredAfter(productId: string, minutes: number, answeredDaysAgo = 1) {
  const shopper = await createShopper(t.db);
  const answeredAt = new Date(Date.now() - answeredDaysAgo * 86_400_000);
  await t.db.question.create({
    data: {
      productId,
      shopperId: shopper.id,
      authorName: shopper.alias,
      body: "When does it ship?",
      idempotencyKey: randomUUID(),
      createdAt: new Date(answeredAt.getTime() - minutes * 60_000),
      firstHostAnswerAt: answeredAt,
    },
  });
}

describe("hosts' response time", () => {
  it("says nothing rather than a median from too few answers", async () => {
    const product = await createProduct(t.db);
    for (const m of [2, 4, 6]) await answeredAfter(product.id, m);
    expect(await responseTimes(t.db, lastDays(7), 7)).toEqual({
      windowDays: 7,
      answered: 3,
      medianSeconds: null,
      p90Seconds: null,
    });
  });

  it("is the median and p90 of first-answer times inside the window only", async () => {
    const product = await createProduct(t.db);
    for (const m of [2, 4, 6, 10, 12]) await answeredAfter(product.id, m);
    await answeredAfter(product.id, 600, 9); // outside the 7-day window
    const times = await responseTimes(t.db, lastDays(7), 7);
    // Minutes 2, 4, 6, 10, 12 → median 6 min; p90 interpolates between 10 and 12 → 11.2 min.
    expect(times).toEqual({ windowDays: 7, answered: 5, medianSeconds: 360, p90Seconds: 672 });
  });
});
