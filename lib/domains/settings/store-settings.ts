import type { Db } from "@/lib/platform/db/client";
import { ACTIVITY_KINDS } from "@/lib/platform/contracts/activity";
import type { TLiveSettingsInput, TStoreSettingsInput } from "@/lib/platform/contracts/settings";

export interface StoreSettingsDto {
  name: string;
  currency: string;
  promisedResponseMinutes: number;
  presenceThreshold: number;
  broadcastKinds: string[];
  retentionDays: number;
  blockedWords: string[];
  blockLinks: boolean;
  buyerHelpAfterMinutes: number;
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
  buyerHelpAfterMinutes: true,
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
      buyerHelpAfterMinutes: 5,
    }
  );
}

/** Takes input already parsed at the boundary (ZStoreSettingsInput); parsing again would not be idempotent. */
export async function updateStoreSettings(db: Db, input: TStoreSettingsInput): Promise<StoreSettingsDto> {
  return db.storeSettings.upsert({
    where: { id: 1 },
    create: { id: 1, ...input },
    update: input,
    select: settingsSelect,
  });
}

/**
 * Takes input already parsed at the boundary (ZLiveSettingsInput): its blocked words are a list by then,
 * and the schema that turned text into that list would refuse it.
 */
export async function updateLiveSettings(db: Db, input: TLiveSettingsInput): Promise<StoreSettingsDto> {
  const existing = await getStoreSettings(db);
  return db.storeSettings.upsert({
    where: { id: 1 },
    create: { id: 1, name: existing.name, ...input },
    update: input,
    select: settingsSelect,
  });
}
