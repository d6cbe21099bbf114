import type { TCheckout } from "@/lib/platform/contracts/checkout";

export interface PaymentRequest {
  orderId: string;
  amountCents: number;
  currency: string;
}

export type PaymentOutcome = { status: "authorized" } | { status: "pending" } | { status: "declined"; reason: string };

/**
 * The seam where a real payment provider plugs in. `authorize` runs inside the order transaction once
 * the stock is locked and known to suffice; a decline rolls the order back, storing nothing but the
 * refusal. A transaction rerun after a deadlock authorizes again with the same `orderId`: a provider
 * must treat it as its idempotency key.
 */
export interface PaymentProvider {
  id: TCheckout["paymentMethod"];
  label: string;
  /** The order is placed unpaid and paid later (to the courier): the unpaid-order limits apply. */
  paysLater: boolean;
  authorize(request: PaymentRequest): Promise<PaymentOutcome>;
}

const payOnDelivery: PaymentProvider = {
  id: "pay_on_delivery",
  label: "Pay on delivery",
  paysLater: true,
  // Nothing to charge now: the courier collects payment, so the order waits as PLACED.
  authorize: async () => ({ status: "pending" }),
};

const providers: Record<TCheckout["paymentMethod"], PaymentProvider> = { pay_on_delivery: payOnDelivery };

export function paymentProvider(id: TCheckout["paymentMethod"]): PaymentProvider {
  return providers[id];
}

export function paymentMethodLabel(id: string): string {
  return id in providers ? providers[id as TCheckout["paymentMethod"]].label : id;
}
