import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { addressLimitKey } from "@/lib/platform/http/client-address";
import { CheckoutError } from "./checkout-error";
import { deliveryAddressKey, type DeliveryAddress } from "./unpaid-order-limits";

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
 * Runs in the checkout transaction after the unpaid-order limits, under the advisory locks on the delivery
 * address and the network (lockUnpaidSources), which serialize the count.
 */
export async function enforceUnpaidStockBound(
  tx: Prisma.TransactionClient,
  lines: Line[],
  address: DeliveryAddress,
  placedFrom: string | null,
): Promise<void> {
  const key = deliveryAddressKey(address);
  const productIds = lines.map((l) => l.productId);
  // The rule and what is held in one statement: the rule row is the one with no product.
  const rows = await tx.$queryRaw<{ productId: string | null; units: number; perOrder: number; perSource: number }[]>`
    SELECT NULL::text AS "productId", 0 AS units,
           "unpaidUnitsPerOrder" AS "perOrder", "unpaidUnitsPerSource" AS "perSource"
    FROM "StoreSettings" WHERE id = 1
    UNION ALL
    SELECT oi."productId", sum(oi.quantity)::int, 0, 0
    FROM "OrderItem" oi JOIN "Order" o ON o.id = oi."orderId"
    WHERE oi."productId" = ANY(${productIds}::text[])
      AND o."paidAt" IS NULL AND o.status NOT IN ('CANCELLED', 'DELIVERED')
      AND (o."placedFrom" = ${placedFrom}
        OR (o.country = ${key.country}
          AND upper(regexp_replace(o."postalCode", '\\s+', '', 'g')) = ${key.postalCode}
          AND lower(regexp_replace(btrim(o."addressLine1"), '\\s+', ' ', 'g')) = ${key.line1}))
    GROUP BY oi."productId"`;
  const rule = rows.find((r) => r.productId === null);
  const held = rows.filter((r): r is typeof r & { productId: string } => r.productId !== null);
  const { perOrder, perSource } = rule ?? DEFAULT_UNPAID_STOCK_RULE;
  const tooMany = lines.find((l) => l.quantity > perOrder);
  if (tooMany) {
    throw new CheckoutError(
      `Pay-on-delivery orders may hold at most ${perOrder} of one product: please lower ${tooMany.title} to ` +
        `${perOrder}, or write to us to order more.`,
      "unpaid_limit",
    );
  }
  const heldOf = new Map(held.map((h) => [h.productId, h.units]));
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
