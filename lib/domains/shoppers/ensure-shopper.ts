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

/** The UTC calendar day as Postgres reads a date literal, whatever the session's time zone. */
function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
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
  // One statement (a shopper row and a visit-day row were two round trips on every cart add and checkout).
  // Timestamps from here, as Prisma writes them (UTC), not the session time zone's now().
  const rows = await db.$queryRaw<ShopperProfile[]>`
    WITH shopper AS (
      INSERT INTO "Shopper" (id, alias, gpc, "createdAt", "lastSeenAt")
      VALUES (${shopperId}, ${aliasFor(shopperId)}, ${gpc ?? false}, ${now}, ${now})
      ON CONFLICT (id) DO UPDATE SET
        "lastSeenAt" = EXCLUDED."lastSeenAt",
        gpc = CASE WHEN ${gpc === undefined} THEN "Shopper".gpc ELSE EXCLUDED.gpc END
      RETURNING id, alias, invisible, "showAliasInFeed", blocked, "helpsOthers"
    ), visit AS (
      INSERT INTO "ShopperVisitDay" ("shopperId", day) SELECT id, ${utcDay(now)}::date FROM shopper
      ON CONFLICT DO NOTHING
    )
    SELECT id, alias, invisible, "showAliasInFeed", blocked, "helpsOthers" FROM shopper`;
  const shopper = rows[0];
  if (!shopper) throw new Error(`shopper ${shopperId} was neither created nor updated`);
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
