import type { Db } from "@/lib/platform/db/client";
import { COUNTED_ORDER } from "@/lib/domains/checkout/counted-orders";

export interface PurchaseCounts {
  last24h: number;
  last7d: number;
  computedAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "Bought N times": orders containing the product placed in each window, straight from the orders table,
 * counting only paid or delivered orders that were not cancelled (see COUNTED_ORDER).
 */
export async function purchaseCounts(db: Db, productId: string, now = new Date()): Promise<PurchaseCounts> {
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const count = (days: number) =>
    db.order.count({
      where: {
        ...COUNTED_ORDER,
        createdAt: { gte: since(days), lte: now },
        items: { some: { productId } },
      },
    });
  const [last24h, last7d] = await Promise.all([count(1), count(7)]);
  return { last24h, last7d, computedAt: now.toISOString() };
}
