import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { ensureShopper } from "@/lib/shoppers/ensure-shopper";
import type { TCheckout } from "@/lib/contracts/checkout";

export async function createShopper(db: Db) {
  return ensureShopper(db, randomUUID());
}

export function checkoutInput(overrides: Partial<TCheckout> = {}): TCheckout {
  return {
    idempotencyKey: randomUUID(),
    customerName: "Ada Shopper",
    email: "ada@example.test",
    addressLine1: "1 Roastery Lane",
    addressLine2: "",
    city: "Lisbon",
    postalCode: "1100-001",
    country: "PT",
    paymentMethod: "pay_on_delivery",
    ...overrides,
  };
}
