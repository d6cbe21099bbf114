import type { Db } from "@/lib/platform/db/client";
import { generateAlias } from "./generate-alias";

export interface ShopperProfile {
  id: string;
  alias: string;
  invisible: boolean;
  showAliasInFeed: boolean;
  blocked: boolean;
  helpsOthers: boolean;
}

const profileSelect = {
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

/** Creates the shopper row on first use and records today's visit (the basis of "regular" marks). */
export async function ensureShopper(db: Db, shopperId: string, now = new Date()): Promise<ShopperProfile> {
  const shopper = await db.shopper.upsert({
    where: { id: shopperId },
    create: { id: shopperId, alias: generateAlias(), lastSeenAt: now },
    update: { lastSeenAt: now },
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
