import type { Prisma } from "@/lib/platform/db/generated/client";
import { isRegular } from "@/lib/domains/shoppers/regular";
import { COUNTED_ORDER } from "@/lib/domains/checkout/counted-orders";

/**
 * Verified buyer (a paid or delivered order with this product, not cancelled: see COUNTED_ORDER) and
 * regular, as true right now.
 */
export async function authorBadges(tx: Prisma.TransactionClient, shopperId: string, productId: string) {
  const [bought, visitDays] = await Promise.all([
    tx.order.count({ where: { shopperId, ...COUNTED_ORDER, items: { some: { productId } } } }),
    tx.shopperVisitDay.count({ where: { shopperId } }),
  ]);
  return { verifiedBuyer: bought > 0, regular: isRegular(visitDays) };
}
