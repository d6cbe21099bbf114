// One row the database rejects (a product that does not exist) must not cost the rest of its batch.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { ActivityWriter } from "@/lib/domains/activity/activity-writer";
import { createProduct } from "../factories/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase(2);
});

afterAll(async () => {
  await t?.drop();
});

describe("the activity writer", () => {
  it("stores every good event of a batch in order and drops only the rejected one, saying so", async () => {
    const [a, b] = [await createProduct(t.db), await createProduct(t.db)];
    const stored: TActivityEvent[] = [];
    const errors: unknown[] = [];
    const writer = new ActivityWriter({
      db: () => t.db,
      onStored: (events) => stored.push(...events),
      onError: (error) => errors.push(error),
      flushDelayMs: 3_600_000,
    });
    writer.enqueue({ kind: "view", productId: a.id, count: 3 });
    writer.enqueue({ kind: "view", productId: randomUUID(), count: 1 }); // no such product
    writer.enqueue({ kind: "cart_add", productId: b.id });
    await writer.flush();

    expect(stored.map((e) => [e.kind, e.product?.id])).toEqual([
      ["view", a.id],
      ["cart_add", b.id],
    ]);
    const rows = await t.db.activityEvent.findMany({ orderBy: { id: "asc" }, select: { productId: true } });
    expect(rows.map((r) => r.productId)).toEqual([a.id, b.id]);
    expect(errors.map((e) => String(e))).toEqual([expect.stringMatching(/dropped 1 activity event/)]);
    await writer.stop();
  });
});
