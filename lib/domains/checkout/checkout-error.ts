import { UserError } from "@/lib/platform/errors/user-error";

export const CHECKOUT_REFUSALS = ["empty_cart", "sold_out", "payment_declined", "unpaid_limit"] as const;
export type CheckoutRefusal = (typeof CHECKOUT_REFUSALS)[number];

/** A checkout the shop refused, with a message for the shopper. Stored per checkout key, so a twin gets the same. */
export class CheckoutError extends UserError {
  constructor(
    message: string,
    readonly reason: CheckoutRefusal,
    readonly soldOut: string[] = [],
  ) {
    super(message, reason === "sold_out" ? "sold_out" : reason === "unpaid_limit" ? "rate_limited" : "invalid");
  }
}

export function isCheckoutRefusal(value: string | null): value is CheckoutRefusal {
  return (CHECKOUT_REFUSALS as readonly (string | null)[]).includes(value);
}
