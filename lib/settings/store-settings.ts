import { z } from "zod";
import { zLine } from "@/lib/contracts/text";
import type { Db } from "@/lib/db/client";
import { ACTIVITY_KINDS, ZActivityKind } from "@/lib/contracts/activity";

export interface StoreSettingsDto {
  name: string;
  currency: string;
  promisedResponseMinutes: number;
  presenceThreshold: number;
  broadcastKinds: string[];
  retentionDays: number;
  blockedWords: string[];
  blockLinks: boolean;
}

const FALLBACK_NAME = "Open Kitchen";

const settingsSelect = {
  name: true,
  currency: true,
  promisedResponseMinutes: true,
  presenceThreshold: true,
  broadcastKinds: true,
  retentionDays: true,
  blockedWords: true,
  blockLinks: true,
} as const;

export async function getStoreSettings(db: Db): Promise<StoreSettingsDto> {
  const row = await db.storeSettings.findUnique({ where: { id: 1 }, select: settingsSelect });
  return (
    row ?? {
      name: FALLBACK_NAME,
      currency: "EUR",
      promisedResponseMinutes: 15,
      presenceThreshold: 2,
      broadcastKinds: [...ACTIVITY_KINDS],
      retentionDays: 90,
      blockedWords: [],
      blockLinks: true,
    }
  );
}

const currencies = new Set(Intl.supportedValuesOf("currency"));

export const ZStoreSettingsInput = z
  .object({
    name: zLine().min(1, "Name is required").max(80),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => currencies.has(c), "Unknown ISO 4217 currency code"),
    promisedResponseMinutes: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  })
  .strict();
export type TStoreSettingsInput = z.infer<typeof ZStoreSettingsInput>;

export async function updateStoreSettings(db: Db, input: TStoreSettingsInput): Promise<StoreSettingsDto> {
  const data = ZStoreSettingsInput.parse(input);
  return db.storeSettings.upsert({
    where: { id: 1 },
    create: { id: 1, ...data },
    update: data,
    select: settingsSelect,
  });
}

/** The open-kitchen settings: what the live layer shows and how long its evidence is kept. */
export const ZLiveSettingsInput = z
  .object({
    presenceThreshold: z.coerce.number().int().min(1, "At least 1").max(100),
    broadcastKinds: z.array(ZActivityKind).transform((kinds) => [...new Set(kinds)]),
    // Counts over the last 7 days must stay verifiable from stored events.
    retentionDays: z.coerce.number().int().min(7, "Keep events at least 7 days").max(3650),
    blockedWords: z
      .string()
      .max(5000)
      .transform((text) => [
        ...new Set(
          text
            .split(/\r?\n/)
            .map((w) => w.trim().toLowerCase())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().max(60, "Each blocked word must be under 60 characters")).max(500)),
    blockLinks: z.boolean(),
  })
  .strict();
export type TLiveSettingsInput = z.infer<typeof ZLiveSettingsInput>;

export async function updateLiveSettings(db: Db, input: TLiveSettingsInput): Promise<StoreSettingsDto> {
  const data = ZLiveSettingsInput.parse(input);
  const existing = await getStoreSettings(db);
  return db.storeSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: existing.name, ...data },
    update: data,
    select: settingsSelect,
  });
}
