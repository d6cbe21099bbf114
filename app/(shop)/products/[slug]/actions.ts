"use server";

// Server action: add to cart from the product page.
import { ZAddToCart } from "@/lib/contracts/cart";
import { addToCart, CartError } from "@/lib/cart/cart";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { currentShopperId } from "@/lib/shoppers/current-shopper";
import type { CartActionState } from "@/components/cart/cart-action-state";

export async function addToCartAction(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const at = Date.now();
  const parsed = ZAddToCart.safeParse({
    productId: formData.get("productId"),
    quantity: formData.get("quantity") ?? undefined,
  });
  if (!parsed.success) return { ok: false, message: "Please choose a quantity between 1 and 20.", at };

  const shopperId = await currentShopperId();
  if (!shopperId) return { ok: false, message: "Please enable cookies to use the cart.", at };

  try {
    const cart = await addToCart(db(), shopperId, parsed.data.productId, parsed.data.quantity);
    const line = cart.lines.find((l) => l.productId === parsed.data.productId);
    const message = line ? `Added. You have ${line.quantity} of ${line.title} in your cart.` : "Added to your cart.";
    return { ok: true, message, itemCount: cart.itemCount, at };
  } catch (error) {
    if (error instanceof CartError) return { ok: false, message: error.message, at };
    logger.error({ err: error }, "add to cart failed");
    return { ok: false, message: "Something went wrong. Please try again.", at };
  }
}
