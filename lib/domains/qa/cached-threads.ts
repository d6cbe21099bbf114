import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import { cacheTags } from "@/lib/platform/cache-tags";
import type { THostOnDuty, TQaThread, TResponseTimes } from "@/lib/platform/contracts/qa";
import { listHostsOnDuty } from "@/lib/domains/hosts/hosts-on-duty";
import { listProductThreads } from "./read-threads";
import { lastDays, responseTimes } from "./response-times";
import { getKitchenSchedule } from "@/lib/domains/kitchen-hours/kitchen-schedule";

/*
 * Short-lived cached reads for the cacheable product page. The HTML carries a snapshot and its change
 * number; the browser catches up from that number over the socket, so a stale snapshot is never wrong
 * for long and posting never has to wait on the page cache.
 */

export const RESPONSE_WINDOW_DAYS = 7;

/** Public threads of a product and the change number they are current as of. */
export function getCachedProductThreads(
  productId: string,
  slug: string,
): Promise<{ threads: TQaThread[]; seq: string }> {
  return unstable_cache(async () => listProductThreads(db(), productId, "public"), ["qa:product-threads", productId], {
    revalidate: 30,
    tags: [cacheTags.product(slug)],
  })();
}

/** The first paint's list only; hosts:changed keeps it live in the browser. */
export const getCachedHostsOnDuty: () => Promise<THostOnDuty[]> = unstable_cache(
  async () => listHostsOnDuty(db()),
  ["hosts:on-duty"],
  { revalidate: 30 },
);

/** The median over a rolling window: a minute of staleness changes nothing a shopper could notice. */
export const getCachedResponseTimes: () => Promise<TResponseTimes> = unstable_cache(
  async () => responseTimes(db(), lastDays(RESPONSE_WINDOW_DAYS), RESPONSE_WINDOW_DAYS, await getKitchenSchedule(db())),
  ["qa:response-times", String(RESPONSE_WINDOW_DAYS)],
  { revalidate: 60 },
);
