import type { Db } from "@/lib/platform/db/client";
import { processSingleton } from "@/lib/platform/process-singleton";

const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

const known = processSingleton("known-products", () => new Map<string, number>());

/**
 * Whether a product id names a published product. Page views arrive on every navigation, so positive
 * answers are remembered for a minute; unknown ids are always asked (they are refused, not cached).
 */
export async function isKnownProduct(db: Db, productId: string, now = Date.now()): Promise<boolean> {
  const until = known.get(productId);
  if (until !== undefined && until > now) return true;
  const product = await db.product.findFirst({ where: { id: productId, published: true }, select: { id: true } });
  if (!product) {
    known.delete(productId);
    return false;
  }
  if (known.size >= MAX_ENTRIES) known.clear();
  known.set(productId, now + TTL_MS);
  return true;
}
