import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import { cacheTags } from "@/lib/platform/cache-tags";
import type { TKitchenSession } from "@/lib/platform/contracts/session-phase";
import { listUpcomingSessions } from "./list-sessions";

/*
 * Upcoming sessions for the cached home and product pages, tagged: scheduling expires the tag. The
 * countdown, "Live now" and "Ended" are computed in the browser from the stored times, so nothing
 * about them goes stale in the cache; the 10-minute backstop only drops sessions that have ended.
 */
export function getCachedUpcomingSessions(productId: string | null): Promise<TKitchenSession[]> {
  return unstable_cache(
    async () => listUpcomingSessions(db(), productId ? { productId } : "all"),
    ["kitchen-sessions:upcoming", productId ?? "all"],
    { tags: [cacheTags.sessions], revalidate: 600 },
  )();
}
