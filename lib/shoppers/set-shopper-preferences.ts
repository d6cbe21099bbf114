import type { Db } from "@/lib/db/client";
import type { TShopperPreferences } from "@/lib/contracts/presence";
import { ensureShopper } from "./ensure-shopper";

export async function setShopperPreferences(db: Db, shopperId: string, preferences: TShopperPreferences) {
  await ensureShopper(db, shopperId);
  return db.shopper.update({
    where: { id: shopperId },
    data: preferences,
    select: { invisible: true, showAliasInFeed: true, alias: true, helpsOthers: true },
  });
}
