import { after } from "next/server";
import { revalidateTag, updateTag } from "next/cache";

/** Long enough for a product page render already under way to have stored its HTML. */
export const EXPIRE_AGAIN_AFTER_MS = 5_000;

/**
 * For server actions that change a product: expires its tags now (the next request renders afresh) and
 * once more a few seconds later. Next stamps a cached page when it is stored, not when its render began,
 * so a render that read the product before this change and stored its HTML after this expiry would
 * otherwise be served as fresh (for an unpublished product: its page stayed up for ~30 s more).
 */
export function expireProductTags(tags: Iterable<string>): void {
  const unique = [...new Set(tags)];
  for (const tag of unique) updateTag(tag);
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, EXPIRE_AGAIN_AFTER_MS));
    for (const tag of unique) revalidateTag(tag, { expire: 0 });
  });
}
