import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import { cacheTags } from "@/lib/platform/cache-tags";
import { purchaseCounts, type PurchaseCounts } from "./purchase-counts";

/** Refreshed by every checkout of the product (its tag) and at least every 5 minutes as the windows slide. */
export function getCachedPurchaseCounts(productId: string, slug: string): Promise<PurchaseCounts> {
  return unstable_cache(async () => purchaseCounts(db(), productId), ["social-proof:purchases", productId], {
    revalidate: 300,
    tags: [cacheTags.product(slug)],
  })();
}
