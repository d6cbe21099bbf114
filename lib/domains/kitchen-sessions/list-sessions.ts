import type { Db } from "@/lib/platform/db/client";
import type { TKitchenSession } from "@/lib/platform/contracts/session-phase";
import { sessionSelect, toSession } from "./session-dto";

/**
 * Sessions not yet over, soonest first: on a product page that product's and the whole shop's, on the
 * home page every one (a product's session links to its product).
 */
export async function listUpcomingSessions(
  db: Db,
  scope: { productId: string } | "all",
  now = new Date(),
  take = 3,
): Promise<TKitchenSession[]> {
  const rows = await db.kitchenSession.findMany({
    where: {
      endsAt: { gt: now },
      ...(scope === "all" ? {} : { OR: [{ productId: scope.productId }, { productId: null }] }),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
    select: sessionSelect,
  });
  return rows.map(toSession);
}

/** Ended sessions, newest first (their replays). */
export async function listPastSessions(db: Db, now = new Date(), take = 10): Promise<TKitchenSession[]> {
  const rows = await db.kitchenSession.findMany({
    where: { endsAt: { lte: now } },
    orderBy: [{ endsAt: "desc" }, { id: "asc" }],
    take,
    select: sessionSelect,
  });
  return rows.map(toSession);
}

export async function getSession(db: Db, id: string): Promise<TKitchenSession | null> {
  const row = await db.kitchenSession.findUnique({ where: { id }, select: sessionSelect });
  return row ? toSession(row) : null;
}
