import type { Db } from "@/lib/platform/db/client";
import { logger } from "@/lib/platform/log/logger";
import { publish } from "@/lib/platform/publish/publish";
import { toStaff } from "@/lib/platform/publish/audience";
import { getOrderSummary } from "./get-order-summary";

/**
 * After the checkout committed: staff screens (the orders list) show the new order at once.
 * Fire-and-forget: the order is stored whatever happens here, and staff lists catch up on reload.
 */
export async function publishOrderPlaced(db: Db, orderId: string): Promise<void> {
  try {
    const summary = await getOrderSummary(db, orderId);
    if (summary) publish("order:placed", toStaff(), summary);
  } catch (err) {
    logger.warn({ err, orderId }, "order:placed not announced");
  }
}
