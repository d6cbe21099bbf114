import type { Prisma } from "@/lib/platform/db/generated/client";

/**
 * The orders that count as bought, for "Bought N times" and the verified-buyer badge: paid (at checkout or
 * recorded later) or delivered (a pay-on-delivery order is paid to the courier), and not cancelled. A
 * placed but unpaid order costs nothing to make up, so it moves no public number.
 */
export const COUNTED_ORDER: Prisma.OrderWhereInput = {
  status: { not: "CANCELLED" },
  OR: [{ paidAt: { not: null } }, { status: "DELIVERED" }],
};
