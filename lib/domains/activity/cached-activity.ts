import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { cacheTags } from "@/lib/platform/cache-tags";
import { latestActivityId, readActivity, type ActivityQuery } from "./read-activity";

const ACTIVITY_CACHE_SECONDS = 30;

/**
 * A cached page's feed: the latest events, and `cursor`, the newest event id of any kind when they were
 * read. The browser catches up from the cursor once its socket joins, so events stored while the page sat
 * in the cache still show, also when the cached list was empty.
 */
export interface ActivitySnapshot {
  events: TActivityEvent[];
  cursor: string;
}

async function readSnapshot(query: ActivityQuery): Promise<ActivitySnapshot> {
  // The cursor first, then the list: an event stored between the two reads is in the list and read again
  // by the catch-up (merged by id); the other order would put it past the cursor and out of the list.
  const cursor = await latestActivityId(db());
  const events = await readActivity(db(), query);
  return { events, cursor };
}

/**
 * A product page's first paint shows its latest events without becoming uncacheable: the list is
 * cached for a short while and live events take over in the browser.
 */
export function getCachedProductActivity(productId: string, kinds: readonly string[]): Promise<ActivitySnapshot> {
  return unstable_cache(
    async () => readSnapshot({ kinds, productId, limit: 8 }),
    ["activity:product", productId, kinds.join(",")],
    { revalidate: ACTIVITY_CACHE_SECONDS, tags: [cacheTags.activity] },
  )();
}

/** The home page's feed, cached the same way: the whole shop's latest events. */
export function getCachedStoreActivity(kinds: readonly string[]): Promise<ActivitySnapshot> {
  return unstable_cache(async () => readSnapshot({ kinds, limit: 10 }), ["activity:store", kinds.join(",")], {
    revalidate: ACTIVITY_CACHE_SECONDS,
    tags: [cacheTags.activity],
  })();
}
