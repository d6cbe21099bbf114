import type { Db } from "@/lib/platform/db/client";
import type { TOrderSettingsInput } from "@/lib/platform/contracts/orders";

export interface OrderSettingsDto {
  /** The buyer-facing name of the Preparing step. */
  preparingLabel: string;
  /** IANA time zone the shop's times are shown in. */
  timezone: string;
  /** Most units of one product one pay-on-delivery order may hold. */
  unpaidUnitsPerOrder: number;
  /** Most units of one product open unpaid orders may hold per buyer network or delivery address. */
  unpaidUnitsPerSource: number;
}

export const DEFAULT_ORDER_SETTINGS: OrderSettingsDto = {
  preparingLabel: "Roasting your beans",
  timezone: "Europe/Lisbon",
  unpaidUnitsPerOrder: 5,
  unpaidUnitsPerSource: 20,
};

const orderSettingsSelect = {
  preparingLabel: true,
  timezone: true,
  unpaidUnitsPerOrder: true,
  unpaidUnitsPerSource: true,
} as const;

export async function getOrderSettings(db: Db): Promise<OrderSettingsDto> {
  const row = await db.storeSettings.findUnique({
    where: { id: 1 },
    select: orderSettingsSelect,
  });
  return row ?? DEFAULT_ORDER_SETTINGS;
}

/** Owners only (checked by the action, which parsed the input with ZOrderSettingsInput). */
export async function updateOrderSettings(db: Db, data: TOrderSettingsInput): Promise<OrderSettingsDto> {
  const existing = await db.storeSettings.findUnique({ where: { id: 1 }, select: { name: true } });
  return db.storeSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: existing?.name ?? "Open Kitchen", ...data },
    update: data,
    select: orderSettingsSelect,
  });
}
