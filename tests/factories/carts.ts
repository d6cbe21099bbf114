import type { Db } from "@/lib/platform/db/client";

/**
 * Writes a cart with these lines, stored in the order given (the order an unordered read returns them
 * in): faster than add-to-cart for setting up many carts. The shopper row must exist.
 */
export async function fillCart(db: Db, shopperId: string, lines: { productId: string; quantity: number }[]) {
  const cart = await db.cart.upsert({ where: { shopperId }, create: { shopperId }, update: {}, select: { id: true } });
  await db.cartItem.createMany({ data: lines.map((l) => ({ cartId: cart.id, ...l })) });
  return cart;
}
