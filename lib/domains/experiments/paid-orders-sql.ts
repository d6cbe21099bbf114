import { Prisma } from "@/lib/platform/db/generated/client";

/**
 * Paid orders per exposed shopper and block, for one experiment: an order placed within the window counts when
 * the shop's purchase rule counts it (paid or delivered, not cancelled; lib/domains/checkout/counted-orders.ts)
 * as it stands now. ORDER_PAID rows are the demo store's simulated history, which has no order rows.
 */
export function paidOrdersSql(experimentId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT o."shopperId", o."block", count(*)::int AS "orders", sum(o."amountCents")::float8 AS "revenue", min(o."at") AS "firstAt"
    FROM "ExperimentOutcome" o
    LEFT JOIN "Order" r ON o."kind" = 'ORDER_PLACED' AND r."id" = o."ref"
    WHERE o."experimentId" = ${experimentId}
      AND (o."kind" = 'ORDER_PAID'
        OR (o."kind" = 'ORDER_PLACED' AND r."status" <> 'CANCELLED' AND (r."paidAt" IS NOT NULL OR r."status" = 'DELIVERED')))
    GROUP BY 1, 2`;
}
