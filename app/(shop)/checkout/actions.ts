"use server";

// Server action: place the order from /checkout, then show it at /orders/[id].
import { refresh, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireShopper } from "@/lib/domains/auth/guards";
import { cacheTags } from "@/lib/platform/cache-tags";
import { isShippingCountry } from "@/lib/domains/checkout/countries";
import { CheckoutError } from "@/lib/domains/checkout/checkout-error";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { placedFromKey } from "@/lib/domains/checkout/unpaid-stock-bound";
import { clientAddressOf } from "@/lib/platform/http/client-address";
import { headers } from "next/headers";
import { ZCheckout } from "@/lib/platform/contracts/checkout";
import { db } from "@/lib/platform/db/client";
import { UserError } from "@/lib/platform/errors/user-error";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";

const CHECKOUT_FIELDS = [
  "customerName",
  "email",
  "addressLine1",
  "addressLine2",
  "city",
  "postalCode",
  "country",
  "paymentMethod",
] as const;
const FIX_FIELDS = "Please correct the fields marked below.";

export const placeOrderAction = defineAction({
  name: "place order",
  authorize: requireShopper,
  schema: ZCheckout,
  fields: [...CHECKOUT_FIELDS, "idempotencyKey"],
  echo: CHECKOUT_FIELDS,
  hidden: ["idempotencyKey"],
  invalidMessage: FIX_FIELDS,
  run: async (input, { shopperId }) => {
    if (!isShippingCountry(input.country)) {
      throw new UserError(FIX_FIELDS, "invalid", { country: "We do not deliver there yet" });
    }
    const settings = await getCachedStoreSettings();
    let placed;
    try {
      placed = await placeOrder(db(), shopperId, input, settings.currency, {
        placedFrom: placedFromKey(clientAddressOf(await headers())),
      });
    } catch (error) {
      if (error instanceof CheckoutError) {
        // The refusal stays with this key (a double submit gets it too): re-render the page, which shows
        // the cart as it is now and gives the form a fresh key for a deliberate new attempt.
        refresh();
        // The form links back to the cart when the cart is what has to change.
        if (error.reason === "empty_cart") throw new UserError(error.message, "conflict");
      }
      throw error;
    }
    // Stock moved: the product pages and listings showing it must not serve the old number.
    for (const slug of placed.productSlugs) updateTag(cacheTags.product(slug));
    if (placed.productSlugs.length > 0) updateTag(cacheTags.catalog);
    redirect(`/orders/${placed.orderId}`);
  },
});
