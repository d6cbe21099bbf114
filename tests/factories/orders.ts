import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { addToCart } from "@/lib/domains/cart/cart";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import type { TCheckout } from "@/lib/platform/contracts/checkout";
import { createProduct, type ProductOverrides } from "./catalog";
import { checkoutInput, createShopper } from "./shoppers";

/** A real order through the real checkout: a shopper, a product in the cart, placeOrder. */
export async function createOrder(
  db: Db,
  overrides: { shopperId?: string; productId?: string; quantity?: number; checkout?: Partial<TCheckout> } = {},
) {
  const shopperId = overrides.shopperId ?? (await createShopper(db)).id;
  const productId = overrides.productId ?? (await createProduct(db, { stock: 50 })).id;
  await addToCart(db, shopperId, productId, overrides.quantity ?? 2);
  // Each order to its own flat, so no per-address cap on unpaid orders ever applies here.
  const input = checkoutInput({ addressLine1: `${randomUUID().slice(0, 8)} Roastery Lane`, ...overrides.checkout });
  const placed = await placeOrder(db, shopperId, input, "EUR");
  return { orderId: placed.orderId, shopperId, productId };
}

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

/** A real staff row (the OrderEvent's foreign key) as the identity a session would give. */
export async function createStaffMember(db: Db, role: "owner" | "host", name?: string): Promise<StaffMember> {
  const id = randomUUID();
  const user = await db.user.create({
    data: {
      id,
      name: name ?? (role === "owner" ? "Olga Owner" : "Tomás Host"),
      email: `${role}-${id.slice(0, 8)}@staff.test`,
      role,
    },
  });
  return { id: user.id, name: user.name, email: user.email, role, image: user.image };
}
