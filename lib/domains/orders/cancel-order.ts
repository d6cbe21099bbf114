import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import type { TCancelOrder } from "@/lib/platform/contracts/orders";
import { requireCanceller } from "./order-permissions";
import { moveOrder, type MoveResult } from "./move-order";
import { publishOrderProgress } from "./publish-order-progress";

/**
 * Cancels an order that has not shipped (owners only) and puts its items back in stock in the same
 * statement: either both happen or neither. `restockedSlugs` names the products whose stock changed.
 */
export async function cancelOrder(db: Db, staff: StaffMember | null, input: TCancelOrder): Promise<MoveResult> {
  const actor = requireCanceller(staff);
  const result = await moveOrder(db, {
    orderId: input.orderId,
    from: input.expectedStatus,
    to: "CANCELLED",
    staff: actor,
    idempotencyKey: input.idempotencyKey,
    details: { note: input.note },
    restock: true,
  });
  if (result.created) publishOrderProgress(result.progressed);
  return result;
}
