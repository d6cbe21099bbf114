import type { Db } from "@/lib/platform/db/client";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import { isCountedOrder } from "@/lib/domains/checkout/counted-orders";

/** What made an order count: paid at checkout, payment recorded later, or delivered. */
export type PurchaseCause = "paid" | "delivered";

/**
 * After the change that made an order count as bought (COUNTED_ORDER) is stored: one "bought" line per
 * product in the feed, in the buyer's name as their privacy choices allow. Returns the slugs whose
 * purchase counts moved, so their cached pages can be expired; empty when the order already counted
 * before (delivered after being paid, or paid after delivery) or does not count.
 */
export async function announcePurchase(db: Db, orderId: string, cause: PurchaseCause): Promise<string[]> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      shopperId: true,
      status: true,
      paidAt: true,
      items: { select: { product: { select: { id: true, slug: true } } } },
    },
  });
  if (!order || !isCountedOrder(order)) return [];
  // Paid after delivery, or delivered after payment: it already counted at the first of the two.
  if (cause === "paid" && order.status === "DELIVERED") return [];
  if (cause === "delivered" && order.paidAt !== null) return [];
  const products = new Map(order.items.map((i) => [i.product.id, i.product.slug]));
  for (const productId of products.keys()) {
    recordActivity(db, { kind: "purchase", productId, shopperId: order.shopperId });
  }
  return [...products.values()];
}
