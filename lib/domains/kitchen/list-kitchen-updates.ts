import type { Db } from "@/lib/platform/db/client";
import type { TKitchenUpdate } from "@/lib/platform/contracts/kitchen";
import { kitchenUpdateSelect, toKitchenUpdate } from "./kitchen-update-dto";

/** Newest first: a product's own updates and the whole shop's, or everything for the home page and feed. */
export async function listKitchenUpdates(
  db: Db,
  { productId, limit = 5 }: { productId?: string; limit?: number } = {},
): Promise<TKitchenUpdate[]> {
  const rows = await db.kitchenUpdate.findMany({
    where: {
      removedAt: null,
      ...(productId ? { OR: [{ products: { some: { productId } } }, { products: { none: {} } }] } : {}),
    },
    select: kitchenUpdateSelect,
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return rows.map(toKitchenUpdate);
}
