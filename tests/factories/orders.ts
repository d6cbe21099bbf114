import { addToCart } from "@/lib/cart/cart";
import { placeOrder } from "@/lib/checkout/place-order";
import type { TCheckout } from "@/lib/contracts/checkout";
import type { Db } from "@/lib/db/client";
import { createProduct, type ProductOverrides } from "./catalog";
import { checkoutInput, createShopper } from "./shoppers";

/** Places a real order through checkout (one product in the cart); returns the order id. */
export async function placeTestOrder(
  db: Db,
  overrides: { checkout?: Partial<TCheckout>; product?: ProductOverrides; quantity?: number } = {},
): Promise<string> {
  const product = await createProduct(db, overrides.product);
  const shopper = await createShopper(db);
  await addToCart(db, shopper.id, product.id, overrides.quantity ?? 1);
  const placed = await placeOrder(db, shopper.id, checkoutInput(overrides.checkout), "EUR");
  return placed.orderId;
}
