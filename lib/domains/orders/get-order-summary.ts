import type { Db } from "@/lib/platform/db/client";
import type { TOrderSummary } from "@/lib/platform/contracts/orders";

/** One row of the admin list. */
export async function getOrderSummary(db: Db, orderId: string): Promise<TOrderSummary | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      paidAt: true,
      createdAt: true,
      customerName: true,
      email: true,
      totalCents: true,
      currency: true,
      paymentMethod: true,
      items: { select: { quantity: true } },
    },
  });
  if (!order) return null;
  const { items, paidAt, createdAt, ...rest } = order;
  return {
    ...rest,
    paidAt: paidAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    itemCount: items.reduce((sum, i) => sum + i.quantity, 0),
  };
}
