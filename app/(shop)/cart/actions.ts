"use server";

// Server action: change a cart line's quantity (0 removes it) from /cart.
import { refresh } from "next/cache";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireShopper } from "@/lib/domains/auth/guards";
import { setCartQuantity } from "@/lib/domains/cart/cart";
import { ZSetCartQuantity } from "@/lib/platform/contracts/cart";
import { MAX_LINE_QUANTITY } from "@/lib/platform/contracts/limits";
import { db } from "@/lib/platform/db/client";

export const setCartQuantityAction = defineAction({
  name: "set cart quantity",
  authorize: requireShopper,
  schema: ZSetCartQuantity,
  fields: ["productId", "quantity"],
  invalidMessage: `Please choose a quantity between 0 and ${MAX_LINE_QUANTITY}.`,
  run: async ({ productId, quantity }, { shopperId }) => {
    const cart = await setCartQuantity(db(), shopperId, productId, quantity);
    // Re-render /cart so lines and subtotal match what was stored.
    refresh();
    const line = cart.lines.find((l) => l.productId === productId);
    const message = line ? `${line.title}: quantity ${line.quantity}.` : "Removed from your cart.";
    return { message, data: { itemCount: cart.itemCount } };
  },
});
