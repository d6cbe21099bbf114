// isUniqueViolation against real Postgres: the one check covers a model query (P2002), a raw statement
// (P2010 carrying 23505) and a raw statement inside an interactive transaction, and nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/platform/db/prisma-errors";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(4);
});
afterAll(async () => t.drop());

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the statement to be refused");
}

describe("isUniqueViolation", () => {
  it("recognises a taken unique key from a model query, a raw statement and a transaction", async () => {
    await t.db.category.create({ data: { slug: "taken", name: "Taken" } });
    const model = await failure(() => t.db.category.create({ data: { slug: "taken", name: "Again" } }));
    const raw = await failure(
      () => t.db.$executeRaw`INSERT INTO "Category" ("id", "slug", "name", "updatedAt")
                             VALUES (gen_random_uuid(), 'taken', 'Raw', now())`,
    );
    const inTransaction = await failure(() =>
      t.db.$transaction(async (tx) => {
        await tx.$queryRaw`INSERT INTO "Category" ("id", "slug", "name", "updatedAt")
                           VALUES (gen_random_uuid(), 'taken', 'Tx', now()) RETURNING "id"`;
      }),
    );
    for (const error of [model, raw, inTransaction]) expect(isUniqueViolation(error)).toBe(true);
  });

  it("says no to other refusals", async () => {
    const foreignKey = await failure(
      () => t.db
        .$executeRaw`INSERT INTO "Product" ("id", "slug", "title", "description", "categoryId", "priceCents", "updatedAt")
                             VALUES (gen_random_uuid(), 'orphan', 'Orphan', '', 'no-such-category', 100, now())`,
    );
    expect(isUniqueViolation(foreignKey)).toBe(false);
    expect(isUniqueViolation(new Error("connection reset"))).toBe(false);
    const missing = await failure(() => t.db.category.delete({ where: { slug: "no-such-slug" } }));
    expect(isUniqueViolation(missing)).toBe(false);
    expect(isForeignKeyViolation(missing)).toBe(false);
  });
});
