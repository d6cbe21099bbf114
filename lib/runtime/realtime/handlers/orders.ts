import type { Db } from "@/lib/platform/db/client";
import { orderAccess } from "@/lib/domains/orders/order-access";
import { getOrderTimeline } from "@/lib/domains/orders/get-order-timeline";
import { EventError, type HandlerTable } from "../handle-event";
import { roomOf, toOrder } from "@/lib/platform/publish/audience";

export interface OrderHandlerDeps {
  db: () => Db;
  /** Verifies private link keys (the same secret that signed them). */
  authSecret: string;
}

/** The one refusal for a missing order, someone else's order and a wrong key alike. */
const NOT_YOURS = "There is no order to follow here.";

export function orderHandlers(deps: OrderHandlerDeps): HandlerTable {
  return {
    // order:watch — the buyer's order page joins the order's audience and gets every step so far.
    "order:watch": async (socket, { orderId, key }) => {
      const { shopperId, staff } = socket.data;
      const access = await orderAccess(deps.db(), orderId, { shopperId, staff, key }, deps.authSecret);
      if (!access) throw new EventError(NOT_YOURS, "not_found");
      const timeline = await getOrderTimeline(deps.db(), orderId);
      if (!timeline) throw new EventError(NOT_YOURS, "not_found");
      await socket.join(roomOf(toOrder(orderId)));
      return timeline;
    },
  };
}
