import type { Db } from "@/lib/db/client";

export interface PurchaseCounts {
  last24h: number;
  last7d: number;
  computedAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "Bought N times": orders containing the product, cancelled ones excluded, straight from the orders table. */
export async function purchaseCounts(db: Db, productId: string, now = new Date()): Promise<PurchaseCounts> {
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const count = (days: number) =>
    db.order.count({
      where: {
        status: { not: "CANCELLED" },
        createdAt: { gte: since(days), lte: now },
        items: { some: { productId } },
      },
    });
  const [last24h, last7d] = await Promise.all([count(1), count(7)]);
  return { last24h, last7d, computedAt: now.toISOString() };
}
