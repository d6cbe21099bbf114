import type { Db } from "@/lib/platform/db/client";

export interface OrdersWaiting {
  /** Placed, not yet being prepared. */
  toPrepare: { count: number; oldestAt: string | null };
  /** Being prepared, not yet shipped. */
  toShip: { count: number; oldestAt: string | null };
}

/**
 * For the host console's floor: how many orders wait for each step and since when the oldest was placed
 * (the buyer's wait). Reads the (status, createdAt DESC, id) index.
 */
export async function ordersWaiting(db: Db): Promise<OrdersWaiting> {
  const groups = await db.order.groupBy({
    by: ["status"],
    where: { status: { in: ["PLACED", "PREPARING"] } },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  const of = (status: "PLACED" | "PREPARING") => {
    const g = groups.find((x) => x.status === status);
    return { count: g?._count._all ?? 0, oldestAt: g?._min.createdAt?.toISOString() ?? null };
  };
  return { toPrepare: of("PLACED"), toShip: of("PREPARING") };
}
