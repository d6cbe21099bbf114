import { updateTag } from "next/cache";

/**
 * For server actions that change a product: expires its tags, so the next request renders afresh. A render
 * already under way when this runs read the product before the change; cache-handler.mjs does not store
 * what such a render produces (Next would stamp it fresh when stored), so once expired it stays expired.
 */
export function expireProductTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) updateTag(tag);
}
