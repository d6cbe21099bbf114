"use server";

// Server action: add to cart from the product page.
import { ZAddToCart } from "@/lib/contracts/cart";
import { addToCart, CartError } from "@/lib/cart/cart";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { IdentityLimitError } from "@/lib/rate-limit/identity-limiter";
import { currentOrNewShopperId } from "@/lib/shoppers/shopper-identity";
import type { CartActionState } from "@/components/cart/cart-action-state";

export async function addToCartAction(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const at = Date.now();
  const parsed = ZAddToCart.safeParse({
    productId: formData.get("productId"),
    quantity: formData.get("quantity") ?? undefined,
  });
  if (!parsed.success) return { ok: false, message: "Please choose a quantity between 1 and 20.", at };

  try {
    // A first action may come before the page asked who this is: it gets its identity here.
    const shopperId = await currentOrNewShopperId();
    const cart = await addToCart(db(), shopperId, parsed.data.productId, parsed.data.quantity);
    const line = cart.lines.find((l) => l.productId === parsed.data.productId);
    const message = line ? `Added. You have ${line.quantity} of ${line.title} in your cart.` : "Added to your cart.";
    return { ok: true, message, itemCount: cart.itemCount, at };
  } catch (error) {
    if (error instanceof CartError || error instanceof IdentityLimitError)
      return { ok: false, message: error.message, at };
    logger.error({ err: error }, "add to cart failed");
    return { ok: false, message: "Something went wrong. Please try again.", at };
  }
}
