"use server";

// Server action: change a cart line's quantity (0 removes it) from /cart.
import { refresh } from "next/cache";
import { ZSetCartQuantity } from "@/lib/contracts/cart";
import { CartError, setCartQuantity } from "@/lib/cart/cart";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { currentShopperId } from "@/lib/shoppers/current-shopper";
import type { CartActionState } from "@/components/cart/cart-action-state";

export async function setCartQuantityAction(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const at = Date.now();
  const parsed = ZSetCartQuantity.safeParse({
    productId: formData.get("productId"),
    quantity: formData.get("quantity"),
  });
  if (!parsed.success) return { ok: false, message: "Please choose a quantity between 0 and 20.", at };

  const shopperId = await currentShopperId();
  if (!shopperId) return { ok: false, message: "Please enable cookies to use the cart.", at };

  try {
    const cart = await setCartQuantity(db(), shopperId, parsed.data.productId, parsed.data.quantity);
    // Re-render /cart so lines and subtotal match what was stored.
    refresh();
    const line = cart.lines.find((l) => l.productId === parsed.data.productId);
    const message = line ? `${line.title}: quantity ${line.quantity}.` : "Removed from your cart.";
    return { ok: true, message, itemCount: cart.itemCount, at };
  } catch (error) {
    if (error instanceof CartError) return { ok: false, message: error.message, at };
    logger.error({ err: error }, "set cart quantity failed");
    return { ok: false, message: "Something went wrong. Please try again.", at };
  }
}
