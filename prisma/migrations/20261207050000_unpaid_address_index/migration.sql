-- The unpaid-order limits and the unpaid-stock bound count a checkout's open unpaid orders by delivery
-- address, normalized as deliveryAddressKey does (lib/domains/checkout/unpaid-order-limits.ts). Without an
-- index on those expressions every checkout read every order, under its address lock: the cost grew with
-- the shop's history. Partial: only unpaid orders are ever counted. The expressions must stay exactly those
-- of the queries, or the planner cannot use it. Prisma cannot express it (raw SQL, like Order_email_prefix_idx).
CREATE INDEX "Order_unpaid_address_idx" ON "Order" (
  country,
  upper(regexp_replace("postalCode", '\s+', '', 'g')),
  lower(regexp_replace(btrim("addressLine1"), '\s+', ' ', 'g'))
) WHERE "paidAt" IS NULL;
