import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import type { TAdvanceOrder } from "@/lib/platform/contracts/orders";
import { requireFulfiller } from "./order-permissions";
import { moveOrder, type MoveResult } from "./move-order";
import { publishOrderProgress } from "./publish-order-progress";
import { announcePurchase } from "@/lib/domains/social-proof/announce-purchase";

/**
 * Moves an order one step forward (Preparing, Shipped, Delivered) for a host or owner, with an optional
 * note to the buyer, a photo (already stored upload URL) and, when shipping, carrier and tracking.
 */
export async function advanceOrder(
  db: Db,
  staff: StaffMember | null,
  input: TAdvanceOrder,
  photoUrl: string | null = null,
): Promise<MoveResult & { countedSlugs: string[] }> {
  const actor = requireFulfiller(staff);
  const shipping = input.to === "SHIPPED";
  const result = await moveOrder(db, {
    orderId: input.orderId,
    from: input.expectedStatus,
    to: input.to,
    staff: actor,
    idempotencyKey: input.idempotencyKey,
    details: {
      note: input.note,
      photoUrl,
      carrier: shipping ? input.carrier : null,
      trackingNumber: shipping ? input.trackingNumber : null,
      trackingUrl: shipping ? input.trackingUrl : null,
    },
  });
  if (!result.created) return { ...result, countedSlugs: [] };
  publishOrderProgress(result.progressed);
  // A pay-on-delivery order counts as bought once delivered (COUNTED_ORDER): now the feed may say so.
  const countedSlugs = input.to === "DELIVERED" ? await announcePurchase(db, input.orderId, "delivered") : [];
  return { ...result, countedSlugs };
}
