import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { TActivityEvent, TActivityKind } from "@/lib/contracts/activity";
import { activitySelect, toActivityEvent } from "./activity-dto";
import { isRegular } from "@/lib/shoppers/regular";

export interface ActivityInput {
  kind: TActivityKind;
  productId?: string | null;
  shopperId?: string | null;
  count?: number;
  at?: Date;
}

// Prisma's codes for a row the database will never accept (constraint, value or type errors).
const BAD_ROW_CODES = new Set(["P2000", "P2002", "P2003", "P2004", "P2006", "P2007", "P2011", "P2012", "P2020", "P2023"]);

/** True when retrying cannot help: the rows themselves are wrong, not the connection. */
export function isBadRowError(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && BAD_ROW_CODES.has(error.code);
}

/** Stores events in one statement, with each shopper's alias and "regular" mark as of now; returns them in id order. */
export async function insertActivity(db: Db, batch: ActivityInput[]): Promise<TActivityEvent[]> {
  const shopperIds = [...new Set(batch.flatMap((e) => (e.shopperId ? [e.shopperId] : [])))];
  const shoppers =
    shopperIds.length === 0
      ? []
      : await db.shopper.findMany({
          where: { id: { in: shopperIds } },
          select: { id: true, alias: true, showAliasInFeed: true, _count: { select: { visitDays: true } } },
        });
  const byId = new Map(shoppers.map((s) => [s.id, s]));
  const rows = await db.activityEvent.createManyAndReturn({
    data: batch.map((e) => {
      const shopper = e.shopperId ? byId.get(e.shopperId) : undefined;
      return {
        kind: e.kind,
        productId: e.productId ?? null,
        shopperId: shopper ? shopper.id : null,
        alias: shopper?.showAliasInFeed ? shopper.alias : null,
        regular: isRegular(shopper?._count.visitDays ?? 0),
        count: e.count ?? 1,
        createdAt: e.at,
      };
    }),
    select: activitySelect,
  });
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  return rows.map((row) => toActivityEvent(row));
}
