import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TCheckout } from "@/lib/platform/contracts/checkout";
import { CheckoutError } from "./checkout-error";
import type { UnpaidHoldings } from "./read-unpaid-holdings";

export interface UnpaidOrderLimits {
  /** Open unpaid orders one shopper may have at once. */
  perShopper: number;
  /** Unpaid orders (not cancelled) placed for one delivery address within the last hour. */
  perAddressPerHour: number;
}

export const DEFAULT_UNPAID_ORDER_LIMITS: UnpaidOrderLimits = { perShopper: 2, perAddressPerHour: 5 };

export type DeliveryAddress = Pick<TCheckout, "addressLine1" | "postalCode" | "country">;

/** The same door however it was typed: case and spacing do not make a new address. */
export function deliveryAddressKey(address: DeliveryAddress) {
  return {
    line1: address.addressLine1.trim().replace(/\s+/g, " ").toLowerCase(),
    postalCode: address.postalCode.replace(/\s+/g, "").toUpperCase(),
    country: address.country.toUpperCase(),
  };
}

/**
 * Takes the advisory locks that serialize unpaid checkouts to one delivery address and from one network
 * (when known), in one statement and always in that order. Call before the counts below and in
 * enforceUnpaidStockBound, each in a statement of its own so its snapshot sees what the last holder committed.
 */
export async function lockUnpaidSources(
  tx: Prisma.TransactionClient,
  address: DeliveryAddress,
  placedFrom: string | null,
): Promise<void> {
  const key = deliveryAddressKey(address);
  const addressLock = `unpaid-orders:${key.country}:${key.postalCode}:${key.line1}`;
  if (placedFrom) {
    await tx.$executeRaw`
      SELECT pg_advisory_xact_lock(hashtextextended(${addressLock}, 0)),
             pg_advisory_xact_lock(hashtextextended(${`unpaid-from:${placedFrom}`}, 0))`;
  } else {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${addressLock}, 0))`;
  }
}

/**
 * Refuses an unpaid (pay later) order past the limits. "Open unpaid": not paid, neither delivered nor
 * cancelled. Counted (readUnpaidHoldings) inside the order transaction, per shopper under the cart lock the checkout already
 * holds and per address under the advisory lock lockUnpaidSources took on the address, so concurrent checkouts cannot both slip
 * under a limit. Counting stored orders (rather than a rate limiter's attempts) means a refused or
 * rolled-back checkout spends nothing and a paid or cancelled order frees its place.
 */
export function enforceUnpaidOrderLimits(holdings: UnpaidHoldings, limits: UnpaidOrderLimits): void {
  const open = holdings.shopperOrders;
  if (open >= limits.perShopper) {
    throw new CheckoutError(
      `You already have ${open} orders waiting to be paid on delivery. Please wait until one arrives ` +
        "before placing another, or write to us if something is wrong.",
      "unpaid_limit",
    );
  }
  if (holdings.addressOrdersLastHour >= limits.perAddressPerHour) {
    throw new CheckoutError(
      "This address already has several orders waiting to be paid on delivery from the last hour. " +
        "Please try again later, or write to us to order more.",
      "unpaid_limit",
    );
  }
}
