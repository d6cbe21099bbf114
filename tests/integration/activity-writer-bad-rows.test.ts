// One row the database rejects (a product that does not exist) must not cost the rest of its batch.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { ActivityWriter } from "@/lib/domains/activity/activity-writer";
import { createDb, type Db } from "@/lib/platform/db/client";
import { findFreePort } from "@/lib/platform/db-setup/free-port";
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

// Issue 19 §6: a shutdown whose flush fails retries within the grace period, and says how many were lost.
describe("the activity writer at shutdown", () => {
  /** A real client for a port nobody listens on: every write fails as with Postgres gone. */
  async function unreachable(): Promise<Db> {
    const url = new URL(t.url);
    url.port = String(await findFreePort());
    return createDb(url.toString(), 1);
  }

  it("retries a failed flush until the database answers, storing every event in order", async () => {
    const product = await createProduct(t.db);
    const gone = await unreachable();
    let current: Db = gone;
    const errors: unknown[] = [];
    const writer = new ActivityWriter({
      db: () => current,
      onStored: () => undefined,
      // The database comes back after the first failed write.
      onError: (error) => {
        errors.push(error);
        current = t.db;
      },
      flushDelayMs: 3_600_000,
      retryDelayMs: 50,
    });
    for (const kind of ["view", "cart_add", "purchase"] as const) writer.enqueue({ kind, productId: product.id });
    expect(await writer.settle(Date.now() + 10_000)).toBe(0);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => String(e).includes("dropped"))).toBe(false);
    const rows = await t.db.activityEvent.findMany({ where: { productId: product.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.kind)).toEqual(["view", "cart_add", "purchase"]);
    await gone.$disconnect();
  });

  it("gives up when the grace period ends and logs how many events were lost", async () => {
    const gone = await unreachable();
    const errors: unknown[] = [];
    const writer = new ActivityWriter({
      db: () => gone,
      onStored: () => undefined,
      onError: (error) => errors.push(error),
      flushDelayMs: 3_600_000,
      retryDelayMs: 50,
    });
    for (let i = 0; i < 4; i++) writer.enqueue({ kind: "view", productId: null });
    expect(await writer.settle(Date.now() + 600)).toBe(4);
    const failedWrites = errors.filter((e) => !String(e).includes("dropped"));
    expect(failedWrites.length).toBeGreaterThan(1); // retried, not tried once
    expect(errors.map(String).filter((e) => e.includes("dropped"))).toEqual([expect.stringMatching(/dropped 4 activity event/)]);
    expect(writer.pending).toBe(0);
    await gone.$disconnect();
  });
});

