import type { Db } from "@/lib/platform/db/client";
import type { TOrderTimeline } from "@/lib/platform/contracts/orders";
import { orderEventSelect, orderStepDto, paidAtCheckoutStep, placedStep } from "./order-step-dto";

/**
 * Every real step of an order, oldest first: placed, then each stored OrderEvent. Null when there is no
 * such order. Callers authorize first (see orderAccess); this only reads.
 */
export async function getOrderTimeline(db: Db, orderId: string): Promise<TOrderTimeline | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      status: true,
      paidAt: true,
      createdAt: true,
      events: { select: orderEventSelect, orderBy: { id: "asc" } },
    },
  });
  if (!order) return null;
  const steps = [placedStep(order.createdAt), ...order.events.map(orderStepDto)];
  if (order.paidAt && !order.events.some((e) => e.kind === "PAID")) {
    // Paid when it was placed (a provider that charges at checkout): shown right after placing.
    steps.splice(1, 0, paidAtCheckoutStep(order.paidAt, "PLACED"));
  }
  return { orderId, status: order.status, paidAt: order.paidAt?.toISOString() ?? null, steps };
}
