// Bulk orders for bench:orders, written with set-based SQL (10,000 orders in seconds, not minutes).
import type { Db } from "@/lib/platform/db/client";

const FIRST = ["Ada", "Grace", "Alan", "Katherine", "Tomás", "Maya", "Linus", "Edsger", "Barbara", "Donald"];
const LAST = [
  "Lovelace",
  "Hopper",
  "Turing",
  "Johnson",
  "Reyes",
  "Lindqvist",
  "Torvalds",
  "Dijkstra",
  "Liskov",
  "Knuth",
];

/**
 * `count` orders from 2,000 shoppers over the last 90 days, 1–3 lines each from the store's products,
 * with statuses as an established shop has them (mostly delivered, a few waiting) and an OrderEvent per
 * step taken. Order i always gets the same buyer, time, lines and status (ids are random).
 */
export async function seedOrders(db: Db, count: number, staffId: string, staffName: string): Promise<void> {
  await db.$executeRawUnsafe(`
    INSERT INTO "Shopper" ("id", "alias")
    SELECT md5('bench-shopper-' || s)::uuid::text, 'Bench shopper ' || s FROM generate_series(1, 2000) AS s
    ON CONFLICT DO NOTHING`);
  await db.$executeRawUnsafe(
    `
    WITH firsts AS (SELECT $1::text[] AS f, $2::text[] AS l)
    INSERT INTO "Order" ("id", "shopperId", "idempotencyKey", "status", "paymentMethod", "currency", "totalCents",
                         "customerName", "email", "addressLine1", "city", "postalCode", "country", "paidAt",
                         "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text,
           md5('bench-shopper-' || (1 + i % 2000))::uuid::text,
           'bench-' || i,
           (CASE WHEN i % 100 < 4 THEN 'PLACED' WHEN i % 100 < 8 THEN 'PREPARING' WHEN i % 100 < 18 THEN 'SHIPPED'
                 WHEN i % 100 < 95 THEN 'DELIVERED' ELSE 'CANCELLED' END)::"OrderStatus",
           'pay_on_delivery', 'EUR', 0,
           f[1 + i % 10] || ' ' || l[1 + (i / 10) % 10],
           lower(f[1 + i % 10]) || '.' || lower(l[1 + (i / 10) % 10]) || i || '@example.test',
           i || ' Roastery Lane', 'Lisbon', '1100-001', 'PT',
           CASE WHEN i % 100 BETWEEN 18 AND 94 THEN now() - (i * interval '1 minute') * 0.7 END,
           now() - (i * interval '1 minute') * 0.8, now()
    FROM generate_series(1, $3::int) AS i, firsts`,
    FIRST,
    LAST,
    count,
  );
  await db.$executeRawUnsafe(`
    WITH products AS (SELECT "id", "title", "priceCents", row_number() OVER (ORDER BY "slug") AS n FROM "Product"),
         total AS (SELECT count(*) AS c FROM products)
    INSERT INTO "OrderItem" ("id", "orderId", "productId", "title", "unitPriceCents", "quantity")
    SELECT gen_random_uuid()::text, o."id", p."id", p."title", p."priceCents", 1 + (o.n + k) % 3
    FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt") AS n FROM "Order") AS o
    CROSS JOIN generate_series(0, 2) AS k
    CROSS JOIN total
    JOIN products p ON p.n = 1 + (o.n * 7 + k * 3) % total.c
    WHERE k <= o.n % 3`);
  await db.$executeRawUnsafe(`
    UPDATE "Order" o SET "totalCents" = s.total
    FROM (SELECT "orderId", sum("unitPriceCents" * "quantity")::int AS total FROM "OrderItem" GROUP BY "orderId") s
    WHERE s."orderId" = o."id"`);
  // One event per step each order took, in order, by the bench's staff member.
  await db.$executeRawUnsafe(
    `
    INSERT INTO "OrderEvent" ("orderId", "kind", "staffId", "staffName", "fromStatus", "toStatus", "note",
                              "idempotencyKey", "at")
    SELECT o."id", 'STATUS', $1, $2, s."from"::"OrderStatus", s."to"::"OrderStatus", '', md5(o."id" || s."to"),
           o."createdAt" + s.step * interval '3 hours'
    FROM "Order" o
    JOIN (VALUES (1, 'PLACED', 'PREPARING'), (2, 'PREPARING', 'SHIPPED'), (3, 'SHIPPED', 'DELIVERED'),
                 (1, 'PLACED', 'CANCELLED')) AS s(step, "from", "to")
      ON (o."status" = 'CANCELLED' AND s."to" = 'CANCELLED')
      OR (o."status" <> 'CANCELLED' AND s."to" <> 'CANCELLED'
          AND s.step <= CASE o."status" WHEN 'PREPARING' THEN 1 WHEN 'SHIPPED' THEN 2 WHEN 'DELIVERED' THEN 3 ELSE 0 END)`,
    staffId,
    staffName,
  );
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Order"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "OrderItem"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "OrderEvent"`);
}
