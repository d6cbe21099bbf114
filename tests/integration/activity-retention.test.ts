import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeExpiredActivity, readActivity } from "@/lib/domains/activity/read-activity";
import { createProduct } from "../factories/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe("activity retention", () => {
  it("deletes events older than the merchant's retention and keeps the rest", async () => {
    const product = await createProduct(t.db);
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    for (const d of [1, 29, 31, 400]) {
      await t.db.activityEvent.create({ data: { kind: "purchase", productId: product.id, createdAt: daysAgo(d) } });
    }
    expect(await purgeExpiredActivity(t.db, 30)).toBe(2);
    const left = await readActivity(t.db, { kinds: ["purchase"], productId: product.id });
    const ages = left.map((e) => Math.round((Date.now() - Date.parse(e.at)) / 86_400_000));
    expect(ages.sort((a, b) => a - b)).toEqual([1, 29]);
  });
});
