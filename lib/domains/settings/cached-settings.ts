import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import { cacheTags } from "@/lib/platform/cache-tags";
import { getStoreSettings, type StoreSettingsDto } from "./store-settings";

/** Store settings for cacheable pages; staff edits revalidate cacheTags.settings. */
export const getCachedStoreSettings: () => Promise<StoreSettingsDto> = unstable_cache(
  async () => getStoreSettings(db()),
  ["store-settings"],
  { tags: [cacheTags.settings] },
);
