import type { Prisma } from "@/lib/platform/db/generated/client";

/**
 * THE rule for what counts as a purchase, for every public signal: "Bought N times", the verified-buyer
 * badge, who is asked to help other shoppers, and the "bought" line of the activity feed (recorded when an
 * order starts to count: lib/domains/social-proof/announce-purchase.ts). Paid (at checkout or recorded
 * later) or delivered (a pay-on-delivery order is paid to the courier), and not cancelled. A placed but
 * unpaid order costs nothing to make up, so it leaves no public trace.
 */
export const COUNTED_ORDER: Prisma.OrderWhereInput = {
  status: { not: "CANCELLED" },
  OR: [{ paidAt: { not: null } }, { status: "DELIVERED" }],
};

/** COUNTED_ORDER for one order already read: the same rule, for code that reacts to a change. */
export function isCountedOrder(order: { status: string; paidAt: Date | string | null }): boolean {
  return order.status !== "CANCELLED" && (order.paidAt !== null || order.status === "DELIVERED");
}
