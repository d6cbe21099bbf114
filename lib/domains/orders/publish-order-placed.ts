import type { TOrderSummary } from "@/lib/platform/contracts/orders";
import { logger } from "@/lib/platform/log/logger";
import { publish } from "@/lib/platform/publish/publish";
import { toStaff } from "@/lib/platform/publish/audience";

/**
 * After the checkout committed: staff screens (the orders list) show the new order at once. The row is
 * built from what the checkout just wrote (no read back). Never fails the checkout: the order is stored
 * whatever happens here, and staff lists catch up on reload.
 */
export function publishOrderPlaced(summary: TOrderSummary): void {
  try {
    publish("order:placed", toStaff(), summary);
  } catch (err) {
    logger.warn({ err, orderId: summary.id }, "order:placed not announced");
  }
}
