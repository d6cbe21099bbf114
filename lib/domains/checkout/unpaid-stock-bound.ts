import { createHash } from "node:crypto";
import { addressLimitKey } from "@/lib/platform/http/client-address";
import { CheckoutError } from "./checkout-error";
import type { UnpaidHoldings } from "./read-unpaid-holdings";

export interface UnpaidStockRule {
  /** Most units of one product one unpaid order may hold. */
  perOrder: number;
  /** Most units of one product open unpaid orders may hold together, per buyer network or delivery address. */
  perSource: number;
}

/** The rule's defaults (the owner changes them in /admin/settings; StoreSettings holds them). */
export const DEFAULT_UNPAID_STOCK_RULE: UnpaidStockRule = { perOrder: 5, perSource: 20 };

/** What an order stores of the network it came from: a hash, only ever compared (an IPv6 /64 counts as one). */
export function placedFromKey(clientAddress: string): string {
  return createHash("sha256").update(`placed-from:${addressLimitKey(clientAddress)}`).digest("hex");
}

interface Line {
  productId: string;
  title: string;
  quantity: number;
}

/**
 * Unpaid (pay on delivery) orders hold stock that nobody paid for, and anonymous identities and delivery
 * addresses cost nothing to make up: five fresh shoppers once emptied a product in under a second. So they
 * are bounded in units, not only in orders: per product per order, and per product across the open unpaid
 * orders placed from the same network or to the same delivery address. Paid orders are never limited.
 * Checked in the checkout transaction after the unpaid-order limits, against what readUnpaidHoldings read
 * under the advisory locks on the delivery address and the network (lockUnpaidSources).
 */
export function enforceUnpaidStockBound(holdings: UnpaidHoldings, lines: Line[]): void {
  const { perOrder, perSource } = holdings.rule;
  const heldOf = holdings.heldUnits;
  const tooMany = lines.find((l) => l.quantity > perOrder);
  if (tooMany) {
    throw new CheckoutError(
      `Pay-on-delivery orders may hold at most ${perOrder} of one product: please lower ${tooMany.title} to ` +
        `${perOrder}, or write to us to order more.`,
      "unpaid_limit",
    );
  }
  const over = lines.find((l) => (heldOf.get(l.productId) ?? 0) + l.quantity > perSource);
  if (over) {
    const left = Math.max(0, perSource - (heldOf.get(over.productId) ?? 0));
    throw new CheckoutError(
      `Orders waiting to be paid on delivery already hold ${heldOf.get(over.productId) ?? 0} of ${over.title} ` +
        `for this address or network (at most ${perSource}). ` +
        (left > 0 ? `You can order ${left} more now, ` : "Please wait until one arrives, ") +
        "or write to us to order more.",
      "unpaid_limit",
    );
  }
}
