import type { Prisma } from "@/lib/platform/db/generated/client";

type Tx = Prisma.TransactionClient;

export interface StockLine {
  productId: string;
  title: string;
  quantity: number;
}

/**
 * Locks the ordered products in one global order (by id), whatever order the cart lists them in, so two
 * checkouts can never each hold a product the other waits for (the deadlock of opposite carts). FOR NO KEY
 * UPDATE still lets cart lines referencing these products be written meanwhile. Returns the titles of
 * lines there is not enough of (or that were unpublished), nothing having been changed yet.
 */
export async function lockStock(tx: Tx, lines: StockLine[]): Promise<string[]> {
  const ids = lines.map((l) => l.productId);
  const rows = await tx.$queryRaw<{ id: string; stock: number; published: boolean }[]>`
    SELECT id, stock, published FROM "Product" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR NO KEY UPDATE`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return lines
    .filter((l) => {
      const row = byId.get(l.productId);
      return !row || !row.published || row.stock < l.quantity;
    })
    .map((l) => l.title);
}

/** Decrements the stock locked by `lockStock`, in one statement; the condition and CHECK (stock >= 0) are backstops. */
export async function takeStock(tx: Tx, lines: StockLine[]): Promise<void> {
  const taken = await tx.$executeRaw`
    UPDATE "Product" AS p SET stock = p.stock - v.quantity, "updatedAt" = ${new Date()}
    FROM unnest(${lines.map((l) => l.productId)}::text[], ${lines.map((l) => l.quantity)}::int[]) AS v(id, quantity)
    WHERE p.id = v.id AND p.stock >= v.quantity`;
  if (taken !== lines.length) throw new Error(`stock changed under a lock: took ${taken} of ${lines.length} lines`);
}
