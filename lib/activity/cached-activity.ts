import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import type { TActivityEvent } from "@/lib/contracts/activity";
import { cacheTags } from "@/lib/cache-tags";
import { readActivity } from "./read-activity";

const ACTIVITY_CACHE_SECONDS = 30;

/**
 * A product page's first paint shows its latest events without becoming uncacheable: the list is
 * cached for a short while and live events take over in the browser.
 */
export function getCachedProductActivity(productId: string, kinds: readonly string[]): Promise<TActivityEvent[]> {
  return unstable_cache(
    async () => readActivity(db(), { kinds, productId, limit: 8 }),
    ["activity:product", productId, kinds.join(",")],
    { revalidate: ACTIVITY_CACHE_SECONDS, tags: [cacheTags.activity] },
  )();
}

/** The home page's feed, cached the same way: the whole shop's latest events. */
export function getCachedStoreActivity(kinds: readonly string[]): Promise<TActivityEvent[]> {
  return unstable_cache(async () => readActivity(db(), { kinds, limit: 10 }), ["activity:store", kinds.join(",")], {
    revalidate: ACTIVITY_CACHE_SECONDS,
    tags: [cacheTags.activity],
  })();
}
