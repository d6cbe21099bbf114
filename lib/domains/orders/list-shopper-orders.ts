import type { Db } from "@/lib/platform/db/client";
import type { TOrderStatus } from "@/lib/platform/contracts/orders";

export interface ShopperOrderRow {
  id: string;
  number: number;
  status: TOrderStatus;
  createdAt: string;
  totalCents: number;
  currency: string;
  itemCount: number;
}

/** /orders: the orders this browser's shopper placed, newest first. */
export async function listShopperOrders(db: Db, shopperId: string, limit = 50): Promise<ShopperOrderRow[]> {
  const orders = await db.order.findMany({
    where: { shopperId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      totalCents: true,
      currency: true,
      items: { select: { quantity: true } },
    },
  });
  return orders.map(({ items, createdAt, ...o }) => ({
    ...o,
    createdAt: createdAt.toISOString(),
    itemCount: items.reduce((sum, i) => sum + i.quantity, 0),
  }));
}
