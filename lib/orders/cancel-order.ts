import type { Db } from "@/lib/db/client";
import type { StaffMember } from "@/lib/auth/staff-from-headers";
import type { TCancelOrder } from "@/lib/contracts/orders";
import { requireCanceller } from "./order-permissions";
import { moveOrder, type MoveResult } from "./move-order";
import { publishOrderProgress } from "./publish-order-progress";

/**
 * Cancels an order that has not shipped (owners only) and puts its items back in stock in the same
 * transaction: either both happen or neither. Returns the product slugs whose stock changed.
 */
export async function cancelOrder(
  db: Db,
  staff: StaffMember | null,
  input: TCancelOrder,
): Promise<MoveResult<{ productSlugs: string[] }>> {
  const actor = requireCanceller(staff);
  const result = await moveOrder(db, {
    orderId: input.orderId,
    from: input.expectedStatus,
    to: "CANCELLED",
    staff: actor,
    idempotencyKey: input.idempotencyKey,
    details: { note: input.note },
    alsoInTransaction: async (tx) => {
      const items = await tx.orderItem.findMany({
        where: { orderId: input.orderId },
        select: { productId: true, quantity: true, product: { select: { slug: true } } },
      });
      for (const item of items) {
        await tx.$executeRaw`
          UPDATE "Product" SET stock = stock + ${item.quantity}, "updatedAt" = now() WHERE id = ${item.productId}`;
      }
      return { productSlugs: [...new Set(items.map((i) => i.product.slug))] };
    },
  });
  if (result.created) publishOrderProgress(result.progressed);
  return result;
}
