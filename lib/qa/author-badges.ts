import type { Prisma } from "@/lib/db/generated/client";
import { isRegular } from "@/lib/shoppers/regular";

/** Verified buyer (an order with this product that was not cancelled) and regular, as true right now. */
export async function authorBadges(tx: Prisma.TransactionClient, shopperId: string, productId: string) {
  const [bought, visitDays] = await Promise.all([
    tx.order.count({ where: { shopperId, status: { not: "CANCELLED" }, items: { some: { productId } } } }),
    tx.shopperVisitDay.count({ where: { shopperId } }),
  ]);
  return { verifiedBuyer: bought > 0, regular: isRegular(visitDays) };
}
