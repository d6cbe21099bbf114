import type { Prisma } from "@/lib/platform/db/generated/client";
import { deliveryAddressKey, type DeliveryAddress } from "./unpaid-order-limits";
import { DEFAULT_UNPAID_STOCK_RULE, type UnpaidStockRule } from "./unpaid-stock-bound";

const HOUR_MS = 60 * 60 * 1000;

/** What the unpaid-order limits and the unpaid-stock bound are checked against. */
export interface UnpaidHoldings {
  /** The shopper's open unpaid orders (not paid, neither delivered nor cancelled). */
  shopperOrders: number;
  /** Unpaid orders (not cancelled) to this delivery address within the last hour. */
  addressOrdersLastHour: number;
  /** The owner's rule (StoreSettings), or its defaults. */
  rule: UnpaidStockRule;
  /** Units of each of `productIds` held by open unpaid orders from this network or to this address. */
  heldUnits: Map<string, number>;
}

/**
 * Everything a pay-later checkout is limited by, in one statement (it was three). Call it after
 * lockUnpaidSources, in a statement of its own, so its snapshot sees what the locks' last holders committed.
 * The address is matched normalized as deliveryAddressKey does, through Order_unpaid_address_idx.
 */
export async function readUnpaidHoldings(
  tx: Prisma.TransactionClient,
  shopperId: string,
  address: DeliveryAddress,
  placedFrom: string | null,
  productIds: string[],
  now = new Date(),
): Promise<UnpaidHoldings> {
  const key = deliveryAddressKey(address);
  const [row] = await tx.$queryRaw<
    { shopper: number; address: number; perOrder: number | null; perSource: number | null; held: Record<string, number> }[]
  >`
    SELECT
      (SELECT count(*)::int FROM "Order"
        WHERE "shopperId" = ${shopperId} AND "paidAt" IS NULL AND status NOT IN ('CANCELLED', 'DELIVERED')) AS shopper,
      (SELECT count(*)::int FROM "Order"
        WHERE "createdAt" > ${new Date(now.getTime() - HOUR_MS)} AND "paidAt" IS NULL AND status <> 'CANCELLED'
          AND country = ${key.country}
          AND upper(regexp_replace("postalCode", '\\s+', '', 'g')) = ${key.postalCode}
          AND lower(regexp_replace(btrim("addressLine1"), '\\s+', ' ', 'g')) = ${key.line1}) AS address,
      (SELECT "unpaidUnitsPerOrder" FROM "StoreSettings" WHERE id = 1) AS "perOrder",
      (SELECT "unpaidUnitsPerSource" FROM "StoreSettings" WHERE id = 1) AS "perSource",
      (SELECT coalesce(json_object_agg(h."productId", h.units), '{}'::json) FROM (
        SELECT oi."productId", sum(oi.quantity)::int AS units
        FROM "OrderItem" oi JOIN "Order" o ON o.id = oi."orderId"
        WHERE oi."productId" = ANY(${productIds}::text[])
          AND o."paidAt" IS NULL AND o.status NOT IN ('CANCELLED', 'DELIVERED')
          AND (o."placedFrom" = ${placedFrom}
            OR (o.country = ${key.country}
              AND upper(regexp_replace(o."postalCode", '\\s+', '', 'g')) = ${key.postalCode}
              AND lower(regexp_replace(btrim(o."addressLine1"), '\\s+', ' ', 'g')) = ${key.line1}))
        GROUP BY oi."productId") h) AS held`;
  return {
    shopperOrders: row?.shopper ?? 0,
    addressOrdersLastHour: row?.address ?? 0,
    rule: {
      perOrder: row?.perOrder ?? DEFAULT_UNPAID_STOCK_RULE.perOrder,
      perSource: row?.perSource ?? DEFAULT_UNPAID_STOCK_RULE.perSource,
    },
    heldUnits: new Map(Object.entries(row?.held ?? {})),
  };
}
