"use server";

// Server action: add to cart from the product page.
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireShopperOrNew } from "@/lib/domains/auth/guards";
import { addToCart } from "@/lib/domains/cart/cart";
import { ZAddToCart } from "@/lib/platform/contracts/cart";
import { MAX_LINE_QUANTITY } from "@/lib/platform/contracts/limits";
import { db } from "@/lib/platform/db/client";
import { sendsGlobalPrivacyControl } from "@/lib/platform/http/global-privacy-control";
import { headers } from "next/headers";

export const addToCartAction = defineAction({
  name: "add to cart",
  authorize: requireShopperOrNew,
  schema: ZAddToCart,
  fields: ["productId", "quantity"],
  invalidMessage: `Please choose a quantity between 1 and ${MAX_LINE_QUANTITY}.`,
  run: async ({ productId, quantity }, { shopperId }) => {
    const gpc = sendsGlobalPrivacyControl(await headers());
    const cart = await addToCart(db(), shopperId, productId, quantity, { gpc });
    const line = cart.lines.find((l) => l.productId === productId);
    const message = line ? `Added. You have ${line.quantity} of ${line.title} in your cart.` : "Added to your cart.";
    return { message, data: { itemCount: cart.itemCount } };
  },
});
