import type { Db } from "@/lib/platform/db/client";
import {
  NO_KITCHEN_HOURS,
  ZKitchenHours,
  type TKitchenHours,
  type TKitchenSchedule,
} from "@/lib/platform/contracts/kitchen-hours";
import { logger } from "@/lib/platform/log/logger";

const DEFAULT_TIMEZONE = "Europe/Lisbon";

/** The stored hours and the store's zone. A stored value that no longer parses counts as no hours (and is logged). */
export async function getKitchenSchedule(db: Db): Promise<TKitchenSchedule> {
  const row = await db.storeSettings.findUnique({ where: { id: 1 }, select: { kitchenHours: true, timezone: true } });
  if (!row) return { hours: NO_KITCHEN_HOURS, timezone: DEFAULT_TIMEZONE };
  const parsed = ZKitchenHours.safeParse(row.kitchenHours);
  if (!parsed.success) logger.warn({ issues: parsed.error.issues.length }, "stored kitchen hours do not parse");
  return { hours: parsed.success ? parsed.data : NO_KITCHEN_HOURS, timezone: row.timezone };
}

/** Takes hours already parsed at the boundary (ZKitchenHoursForm). */
export async function setKitchenHours(db: Db, hours: TKitchenHours): Promise<void> {
  await db.storeSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: "Open Kitchen", kitchenHours: hours },
    update: { kitchenHours: hours },
  });
}
