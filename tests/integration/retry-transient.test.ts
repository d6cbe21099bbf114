// retryTransient against real Postgres conflicts: a deadlock from Prisma model queries (P2034), one from
// raw SQL (P2010 carrying 40P01), and a serialization failure (40001) under SERIALIZABLE.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTransientConflict } from "@/lib/platform/db/prisma-errors";
import { retryTransient } from "@/lib/platform/db/retry-transient";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { createProduct } from "../factories/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(6);
});
afterAll(async () => t.drop());

type Tx = Prisma.TransactionClient;

/** Resolves once `n` callers have arrived: both transactions hold their first lock before either goes on. */
function barrier(n: number) {
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  let arrived = 0;
  return () => {
    if (++arrived === n) release();
    return all;
  };
}

/** Two transactions that lock two rows in opposite orders, so Postgres must abort one of them. */
async function opposingPair(bump: (tx: Tx, id: string) => Promise<unknown>, retry: boolean) {
  const [a, b] = await Promise.all([createProduct(t.db), createProduct(t.db)]);
  const meet = barrier(2);
  let round = 0;
  const errors: unknown[] = [];
  const transaction = (first: string, second: string) => () => {
    // The first two runs meet while each holds its first row; a rerun goes through alone.
    const together = ++round <= 2;
    return t.db.$transaction(async (tx) => {
      await bump(tx, first);
      if (together) await meet();
      await bump(tx, second);
    });
  };
  const go = (work: () => Promise<unknown>) =>
    retry ? retryTransient(work, { onRetry: (e) => errors.push(e) }) : work().catch((e: unknown) => errors.push(e));
  await Promise.all([go(transaction(a.id, b.id)), go(transaction(b.id, a.id))]);
  const rows = await t.db.product.findMany({ where: { id: { in: [a.id, b.id] } }, select: { stock: true } });
  return { errors, stock: rows.map((r) => r.stock) };
}

const modelBump = (tx: Tx, id: string) => tx.product.update({ where: { id }, data: { stock: { increment: 1 } } });
const rawBump = (tx: Tx, id: string) => tx.$executeRaw`UPDATE "Product" SET stock = stock + 1 WHERE id = ${id}`;

describe("retryTransient", () => {
  it("recognises a deadlock from a model query and from raw SQL", async () => {
    for (const bump of [modelBump, rawBump]) {
      const { errors } = await opposingPair(bump, false);
      expect(errors).toHaveLength(1);
      expect(isTransientConflict(errors[0])).toBe(true);
    }
    expect(isTransientConflict(new Error("deadlock detected"))).toBe(false);
  });

  it("reruns the transaction that lost a deadlock until both have done their work", async () => {
    for (const bump of [modelBump, rawBump]) {
      const { errors, stock } = await opposingPair(bump, true);
      expect(errors).toHaveLength(1);
      expect(stock).toEqual([12, 12]);
    }
  });

  it("reruns a transaction that failed serialization", async () => {
    const product = await createProduct(t.db, { stock: 0 });
    const meet = barrier(2);
    let retries = 0;
    let round = 0;
    const increment = () =>
      retryTransient(
        () => {
          const first = ++round <= 2;
          return t.db.$transaction(
            async (tx) => {
              const row = await tx.product.findUniqueOrThrow({ where: { id: product.id }, select: { stock: true } });
              if (first) await meet();
              await tx.product.update({ where: { id: product.id }, data: { stock: row.stock + 1 } });
            },
            { isolationLevel: "Serializable" },
          );
        },
        { onRetry: () => retries++ },
      );
    await Promise.all([increment(), increment()]);
    expect(retries).toBe(1);
    expect((await t.db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(2);
  });

  it("does not rerun other errors", async () => {
    let runs = 0;
    await expect(
      retryTransient(async () => {
        runs++;
        throw new Error("not a conflict");
      }),
    ).rejects.toThrow("not a conflict");
    expect(runs).toBe(1);
  });
});
