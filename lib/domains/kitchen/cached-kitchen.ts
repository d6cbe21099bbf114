import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import { cacheTags } from "@/lib/platform/cache-tags";
import type { TKitchenUpdate } from "@/lib/platform/contracts/kitchen";
import { listKitchenUpdates } from "./list-kitchen-updates";

/** Kitchen updates in the data cache: posting, editing or removing one expires `cacheTags.kitchen`. */
export function getCachedKitchenUpdates(productId?: string, limit = 5): Promise<TKitchenUpdate[]> {
  return unstable_cache(
    async () => listKitchenUpdates(db(), { productId, limit }),
    ["kitchen:updates", productId ?? "all", String(limit)],
    {
      tags: [cacheTags.kitchen],
    },
  )();
}
