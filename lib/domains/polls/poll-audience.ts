import type { Db } from "@/lib/platform/db/client";
import { toProduct, toShopper, toStaff, toStore, type Audience } from "@/lib/platform/publish/audience";

const CART_RECENT_MS = 30 * 24 * 60 * 60 * 1000;

/** Who a poll is for: a product's viewers, everyone in the shop, or shoppers with the product in their cart. */
export async function pollAudiences(
  db: Db,
  poll: { audience: string; productId: string | null },
  now = new Date(),
): Promise<Audience[]> {
  if (poll.audience === "store" || !poll.productId) return [toStore()];
  if (poll.audience === "product") return [toProduct(poll.productId)];
  const carts = await db.cart.findMany({
    where: {
      items: { some: { productId: poll.productId } },
      updatedAt: { gte: new Date(now.getTime() - CART_RECENT_MS) },
    },
    select: { shopperId: true },
  });
  return carts.map((c) => toShopper(c.shopperId));
}

/** The same audiences plus staff, who watch every poll from the console. */
export async function pollAudiencesWithStaff(db: Db, poll: { audience: string; productId: string | null }) {
  return [...(await pollAudiences(db, poll)), toStaff()];
}
