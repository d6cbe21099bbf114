import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { mayFulfil } from "./order-permissions";
import { isOrderKey } from "./order-link";

export interface OrderViewer {
  shopperId: string | null;
  staff: StaffMember | null;
  /** The `key` of the order's private link, when the viewer came with one. */
  key?: string | null;
}

/** How the viewer may see the order, or null: everyone else gets the same "not found", existing or not. */
export type OrderAccess = "buyer" | "link" | "staff" | null;

/** The one check behind the buyer's order page and the order audience (order:watch). */
export async function orderAccess(db: Db, orderId: string, viewer: OrderViewer, secret: string): Promise<OrderAccess> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { shopperId: true } });
  if (!order) return null;
  if (viewer.shopperId && order.shopperId === viewer.shopperId) return "buyer";
  if (isOrderKey(orderId, viewer.key, secret)) return "link";
  if (mayFulfil(viewer.staff)) return "staff";
  return null;
}
