import type { TOrderProgressed } from "@/lib/platform/contracts/orders";
import { publish } from "@/lib/platform/publish/publish";
import { toOrder, toStaff } from "@/lib/platform/publish/audience";

/** After commit: the buyer's page (the order audience) and every staff screen hear of the new step. */
export function publishOrderProgress(progressed: TOrderProgressed): void {
  publish("order:progressed", [toOrder(progressed.orderId), toStaff()], progressed);
}
