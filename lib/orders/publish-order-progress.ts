import type { TOrderProgressed } from "@/lib/contracts/orders";
import { publish } from "@/lib/realtime/publish";
import { toOrder, toStaff } from "@/lib/realtime/audience";

/** After commit: the buyer's page (the order audience) and every staff screen hear of the new step. */
export function publishOrderProgress(progressed: TOrderProgressed): void {
  publish("order:progressed", [toOrder(progressed.orderId), toStaff()], progressed);
}
