import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import type { TCheckout } from "@/lib/platform/contracts/checkout";

export async function createShopper(db: Db) {
  return ensureShopper(db, randomUUID());
}

/**
 * A valid checkout with a fresh key. Each call delivers to another flat, so tests that place many orders
 * stay under the per-delivery-address cap on unpaid orders unless they pass an address themselves.
 */
export function checkoutInput(overrides: Partial<TCheckout> = {}): TCheckout {
  return {
    idempotencyKey: randomUUID(),
    customerName: "Ada Shopper",
    email: "ada@example.test",
    addressLine1: `1 Roastery Lane, flat ${randomUUID().slice(0, 8)}`,
    addressLine2: "",
    city: "Lisbon",
    postalCode: "1100-001",
    country: "PT",
    paymentMethod: "pay_on_delivery",
    ...overrides,
  };
}
