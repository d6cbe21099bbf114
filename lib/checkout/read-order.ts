import type { Db } from "@/lib/db/client";

export interface OrderDto {
  id: string;
  status: string;
  paymentMethod: string;
  currency: string;
  totalCents: number;
  customerName: string;
  email: string;
  address: string[];
  createdAt: string;
  items: { productId: string; title: string; unitPriceCents: number; quantity: number }[];
}

export interface OrderViewer {
  shopperId: string | null;
  isStaff: boolean;
}

/** Returns the order only to the shopper who placed it, or to staff; anyone else gets null (a 404). */
export async function getOrderForViewer(db: Db, orderId: string, viewer: OrderViewer): Promise<OrderDto | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { items: { select: { productId: true, title: true, unitPriceCents: true, quantity: true } } },
  });
  if (!order) return null;
  if (!viewer.isStaff && order.shopperId !== viewer.shopperId) return null;
  return {
    id: order.id,
    status: order.status,
    paymentMethod: order.paymentMethod,
    currency: order.currency,
    totalCents: order.totalCents,
    customerName: order.customerName,
    email: order.email,
    address: [order.addressLine1, order.addressLine2, `${order.postalCode} ${order.city}`, order.country].filter(
      Boolean,
    ),
    createdAt: order.createdAt.toISOString(),
    items: order.items,
  };
}
