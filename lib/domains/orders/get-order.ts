import type { Db } from "@/lib/platform/db/client";
import type { TOrderStatus } from "@/lib/platform/contracts/orders";

export interface OrderDetail {
  id: string;
  number: number;
  status: TOrderStatus;
  paidAt: string | null;
  paymentMethod: string;
  currency: string;
  totalCents: number;
  customerName: string;
  email: string;
  /** Street lines, postal code and city; the country as its ISO code, last. */
  address: string[];
  country: string;
  createdAt: string;
  items: { productId: string; title: string; unitPriceCents: number; quantity: number }[];
}

/** An order with its items. Callers authorize first (orderAccess, or staff for the admin). */
export async function getOrder(db: Db, orderId: string): Promise<OrderDetail | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      items: { select: { productId: true, title: true, unitPriceCents: true, quantity: true }, orderBy: { id: "asc" } },
    },
  });
  if (!order) return null;
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    paidAt: order.paidAt?.toISOString() ?? null,
    paymentMethod: order.paymentMethod,
    currency: order.currency,
    totalCents: order.totalCents,
    customerName: order.customerName,
    email: order.email,
    address: [order.addressLine1, order.addressLine2, `${order.postalCode} ${order.city}`].filter(Boolean),
    country: order.country,
    createdAt: order.createdAt.toISOString(),
    items: order.items,
  };
}
