import type { Db } from "@/lib/platform/db/client";
import { aliasFor } from "./generate-alias";

export interface ShopperProfile {
  id: string;
  alias: string;
  invisible: boolean;
  showAliasInFeed: boolean;
  blocked: boolean;
  helpsOthers: boolean;
}

export const profileSelect = {
  id: true,
  alias: true,
  invisible: true,
  showAliasInFeed: true,
  blocked: true,
  helpsOthers: true,
} as const;

function utcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export interface EnsureShopperOptions {
  now?: Date;
  /** Whether this request carried Global Privacy Control (Sec-GPC: 1); undefined leaves the stored flag. */
  gpc?: boolean;
}

/**
 * Creates the shopper row on first use and records today's visit (the basis of "regular" marks). The
 * browser's Global Privacy Control signal is kept with it: the feed leaves such shoppers out as it does
 * invisible ones, also for what happens later without a request of theirs (an order paid by staff).
 */
export async function ensureShopper(
  db: Db,
  shopperId: string,
  { now = new Date(), gpc }: EnsureShopperOptions = {},
): Promise<ShopperProfile> {
  const shopper = await db.shopper.upsert({
    where: { id: shopperId },
    create: { id: shopperId, alias: aliasFor(shopperId), lastSeenAt: now, gpc: gpc ?? false },
    update: { lastSeenAt: now, ...(gpc === undefined ? {} : { gpc }) },
    select: profileSelect,
  });
  await db.shopperVisitDay.createMany({ data: [{ shopperId, day: utcDay(now) }], skipDuplicates: true });
  return shopper;
}

export async function findShopper(db: Db, shopperId: string): Promise<ShopperProfile | null> {
  return db.shopper.findUnique({ where: { id: shopperId }, select: profileSelect });
}

/** The shopper's profile, creating the row only when it does not exist yet (one query when it does). */
export async function findOrCreateShopper(db: Db, shopperId: string): Promise<ShopperProfile> {
  return (await findShopper(db, shopperId)) ?? ensureShopper(db, shopperId);
}

/** What a brand-new shopper's profile will be, without storing anything (their first action stores it). */
export function newShopperProfile(shopperId: string): ShopperProfile {
  return {
    id: shopperId,
    alias: aliasFor(shopperId),
    invisible: false,
    showAliasInFeed: false,
    blocked: false,
    helpsOthers: false,
  };
}
