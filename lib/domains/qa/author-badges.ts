import type { Prisma } from "@/lib/platform/db/generated/client";
import type { Db } from "@/lib/platform/db/client";
import { isRegular } from "@/lib/domains/shoppers/regular";
import { COUNTED_ORDER } from "@/lib/domains/checkout/counted-orders";
import { ensureShopper, profileSelect, type ShopperProfile } from "@/lib/domains/shoppers/ensure-shopper";

export interface AuthorBadges {
  verifiedBuyer: boolean;
  regular: boolean;
}

const boughtThis = (productId: string): Prisma.OrderWhereInput => ({
  ...COUNTED_ORDER,
  items: { some: { productId } },
});

/**
 * Verified buyer (a paid or delivered order with this product, not cancelled: see COUNTED_ORDER) and
 * regular, as true right now.
 */
export async function authorBadges(
  tx: Prisma.TransactionClient,
  shopperId: string,
  productId: string,
): Promise<AuthorBadges> {
  const [bought, visitDays] = await Promise.all([
    tx.order.count({ where: { shopperId, ...boughtThis(productId) } }),
    tx.shopperVisitDay.count({ where: { shopperId } }),
  ]);
  return { verifiedBuyer: bought > 0, regular: isRegular(visitDays) };
}

/**
 * The author's profile and badges in one statement (relation counts), creating the shopper on first use:
 * a post reads them on every question, so one round trip instead of three.
 */
export async function authorWithBadges(
  db: Db,
  shopperId: string,
  productId: string,
): Promise<{ shopper: ShopperProfile; badges: AuthorBadges }> {
  const found = await db.shopper.findUnique({
    where: { id: shopperId },
    select: {
      ...profileSelect,
      _count: { select: { visitDays: true, orders: { where: boughtThis(productId) } } },
    },
  });
  if (!found) {
    // A new shopper has bought nothing and has one visit day (today's, recorded as it is created).
    return { shopper: await ensureShopper(db, shopperId), badges: { verifiedBuyer: false, regular: isRegular(1) } };
  }
  const { _count, ...shopper } = found;
  return { shopper, badges: { verifiedBuyer: _count.orders > 0, regular: isRegular(_count.visitDays) } };
}
