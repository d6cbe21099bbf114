"use server";

// Server action: place the order from /checkout, then show it at /orders/[id].
import { randomUUID } from "node:crypto";
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cacheTags } from "@/lib/cache-tags";
import { isShippingCountry } from "@/lib/checkout/countries";
import { CheckoutError } from "@/lib/checkout/checkout-error";
import { placeOrder } from "@/lib/checkout/place-order";
import { ZCheckout } from "@/lib/contracts/checkout";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { getCachedStoreSettings } from "@/lib/settings/cached-settings";
import { currentShopperId } from "@/lib/shoppers/current-shopper";
import type { CheckoutField, CheckoutFormState, CheckoutFormValues } from "@/components/checkout/checkout-form-state";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The first message per field, keyed by the field's name. */
function firstErrors(error: z.ZodError): Partial<Record<CheckoutField | "idempotencyKey", string>> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && !(field in errors)) errors[field] = issue.message;
  }
  return errors;
}

export async function placeOrderAction(_previous: CheckoutFormState, formData: FormData): Promise<CheckoutFormState> {
  const at = Date.now();
  // Built field by field: the contract is strict, and nothing else in the form reaches it.
  const values: CheckoutFormValues = {
    customerName: text(formData, "customerName"),
    email: text(formData, "email"),
    addressLine1: text(formData, "addressLine1"),
    addressLine2: text(formData, "addressLine2"),
    city: text(formData, "city"),
    postalCode: text(formData, "postalCode"),
    country: text(formData, "country"),
    paymentMethod: text(formData, "paymentMethod") || "pay_on_delivery",
  };
  const submittedKey = text(formData, "idempotencyKey");
  const fail = (message: string, problem: CheckoutFormState["problem"] = "other", fieldErrors = {}) => ({
    message,
    problem,
    fieldErrors,
    values,
    at,
    nextIdempotencyKey: submittedKey || undefined,
  });

  const parsed = ZCheckout.safeParse({ ...values, idempotencyKey: submittedKey });
  const errors = parsed.success ? {} : firstErrors(parsed.error);
  const country = values.country.trim().toUpperCase();
  if (!errors.country && country && !isShippingCountry(country)) errors.country = "We do not deliver there yet";
  if (!parsed.success || Object.keys(errors).length > 0) {
    const { idempotencyKey, ...fieldErrors } = errors;
    return fail(idempotencyKey ?? "Please correct the fields marked below.", "other", fieldErrors);
  }

  const shopperId = await currentShopperId();
  if (!shopperId) return fail("Please enable cookies: your cart is kept in one.");

  let orderId: string;
  try {
    const settings = await getCachedStoreSettings();
    const placed = await placeOrder(db(), shopperId, parsed.data, settings.currency);
    // Stock moved: the product pages and listings showing it must not serve the old number.
    for (const slug of placed.productSlugs) updateTag(cacheTags.product(slug));
    if (placed.productSlugs.length > 0) updateTag(cacheTags.catalog);
    orderId = placed.orderId;
  } catch (error) {
    if (error instanceof CheckoutError) {
      const problem = error.reason === "sold_out" || error.reason === "empty_cart" ? error.reason : "other";
      // The refusal is kept for this key (a double submit gets it too); submitting again is a new attempt.
      return { ...fail(error.message, problem), nextIdempotencyKey: randomUUID() };
    }
    logger.error({ err: error }, "placing an order failed");
    return fail("Something went wrong and your order was not placed. Please try again.");
  }
  redirect(`/orders/${orderId}`);
}
