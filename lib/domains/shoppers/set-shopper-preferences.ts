import type { Db } from "@/lib/platform/db/client";
import type { TShopperPreferences } from "@/lib/platform/contracts/presence";
import { ensureShopper } from "./ensure-shopper";
import { assertNotStaffName } from "./reserved-names";

/** Saves a shopper's privacy choices and alias; an alias holding a staff member's name is refused. */
export async function setShopperPreferences(db: Db, shopperId: string, preferences: TShopperPreferences) {
  await assertNotStaffName(db, preferences.alias);
  await ensureShopper(db, shopperId);
  return db.shopper.update({
    where: { id: shopperId },
    data: preferences,
    select: { invisible: true, showAliasInFeed: true, alias: true, helpsOthers: true },
  });
}
