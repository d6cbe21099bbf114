import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import { cacheTags } from "@/lib/platform/cache-tags";
import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { getKitchenSchedule } from "./kitchen-schedule";

/** The hours for cached pages: saving them expires cacheTags.settings; the browser computes open/closed from them. */
export const getCachedKitchenSchedule: () => Promise<TKitchenSchedule> = unstable_cache(
  async () => getKitchenSchedule(db()),
  ["kitchen-schedule"],
  { tags: [cacheTags.settings] },
);
