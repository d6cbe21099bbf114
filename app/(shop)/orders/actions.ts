"use server";

// Server action: find an order by number + email from any browser, then open it through its private link.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/platform/actions/define-action";
import { allowAnyone } from "@/lib/domains/auth/guards";
import { ZOrderLookup } from "@/lib/platform/contracts/orders";
import { db } from "@/lib/platform/db/client";
import { findOrder } from "@/lib/domains/orders/find-order";
import { orderPrivatePath } from "@/lib/domains/orders/order-link";
import { lookupLimiter } from "@/lib/platform/rate-limit/lookup-limiter";
import { clientAddressOf } from "@/lib/platform/http/client-address";

/** Anyone may ask; the domain answers the same refusal whichever part was wrong, rate-limited per address. */
export const findOrderAction = defineAction({
  name: "find order",
  authorize: allowAnyone,
  schema: ZOrderLookup,
  fields: ["number", "email"],
  invalidMessage: "Check the fields.",
  run: async (input) => {
    const orderId = await findOrder(db(), lookupLimiter(), clientAddressOf(await headers()), input);
    redirect(orderPrivatePath(orderId));
  },
});
