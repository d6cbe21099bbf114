import type { Db } from "@/lib/platform/db/client";
import type { TFloor } from "@/lib/platform/contracts/qa";
import { STORE_ROOM } from "@/lib/platform/contracts/rooms";
import type { PresenceTracker } from "@/lib/domains/presence/presence-tracker";
import { ordersWaiting } from "@/lib/domains/orders/orders-waiting";

const CART_IN_PROGRESS_MS = 2 * 60 * 60 * 1000;
const PRODUCT_ROOM = /^product:(.+)$/;

/**
 * The hosts' view of the floor: the people the presence layer counts (not below the public threshold:
 * only staff see this), carts touched in the last two hours, and orders waiting to be prepared or shipped.
 * Anonymized: counts, no identities.
 */
export async function buildFloor(db: Db, tracker: PresenceTracker, now = new Date()): Promise<TFloor> {
  const viewers = new Map<string, number>();
  const counts = await tracker.counts([STORE_ROOM, ...(await tracker.rooms())]);
  for (const [room, count] of counts) {
    const id = PRODUCT_ROOM.exec(room)?.[1];
    if (id && count > 0) viewers.set(id, count);
  }
  const [carts, orders] = await Promise.all([
    db.cartItem.groupBy({
      by: ["productId"],
      where: { cart: { updatedAt: { gte: new Date(now.getTime() - CART_IN_PROGRESS_MS) } } },
      _count: { cartId: true },
    }),
    ordersWaiting(db),
  ]);
  const ids = [...new Set([...viewers.keys(), ...carts.map((c) => c.productId)])];
  const products = await db.product.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  return {
    shoppersInShop: counts.get(STORE_ROOM) ?? 0,
    products: [...viewers]
      .flatMap(([id, count]) => {
        const p = byId.get(id);
        return p ? [{ ...p, viewers: count }] : [];
      })
      .sort((a, b) => b.viewers - a.viewers),
    cartsInProgress: carts
      .flatMap((c) => {
        const p = byId.get(c.productId);
        return p ? [{ productId: p.id, title: p.title, carts: c._count.cartId }] : [];
      })
      .sort((a, b) => b.carts - a.carts),
    orders,
    at: now.toISOString(),
  };
}
