"use server";

// Server action: find an order by number + email from any browser, then open it through its private link.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZOrderLookup } from "@/lib/platform/contracts/orders";
import { pickFormFields, zodFieldErrors } from "@/lib/platform/contracts/zod-form-errors";
import { db } from "@/lib/platform/db/client";
import { isUserError } from "@/lib/platform/errors/user-error";
import { logger } from "@/lib/platform/log/logger";
import { findOrder } from "@/lib/domains/orders/find-order";
import { orderPrivatePath } from "@/lib/domains/orders/order-link";
import { lookupLimiter } from "@/lib/platform/rate-limit/lookup-limiter";
import { clientAddressOf } from "@/lib/platform/http/client-address";
import type { TOrderActionState } from "@/components/orders/order-action-state";

export async function findOrderAction(_state: TOrderActionState, formData: FormData): Promise<TOrderActionState> {
  const at = Date.now();
  const values = pickFormFields(formData, ["number", "email"]);
  const parsed = ZOrderLookup.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: "Check the fields.", fieldErrors: zodFieldErrors(parsed.error), values, at };
  }
  let orderId: string;
  try {
    orderId = await findOrder(db(), lookupLimiter(), clientAddressOf(await headers()), parsed.data);
  } catch (error) {
    if (isUserError(error)) return { status: "error", message: error.message, values, at };
    logger.error({ err: error }, "order lookup failed");
    return { status: "error", message: "Something went wrong on our side. Please try again.", values, at };
  }
  redirect(orderPrivatePath(orderId));
}
