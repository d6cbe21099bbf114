import type { Db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/client";
import { ORDER_STATUSES, type TOrderStatus, type TOrderSummary } from "@/lib/platform/contracts/orders";
import { decodeOrderCursor, encodeOrderCursor } from "./order-cursor";

export interface ListOrdersInput {
  status?: TOrderStatus;
  /** An order number ("1042", "#1042"), or the start of an email address or a buyer's name. */
  q?: string;
  /** The cursor of the last row of the previous page. */
  after?: string;
  limit?: number;
}

export interface OrderList {
  orders: TOrderSummary[];
  /** Per status, with the same search applied; `all` is their sum. */
  counts: Record<TOrderStatus | "all", number>;
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
}

interface Row {
  id: string;
  number: number;
  status: TOrderStatus;
  paidAt: Date | null;
  createdAt: Date;
  customerName: string;
  email: string;
  totalCents: number;
  currency: string;
  paymentMethod: string;
  itemCount: number;
}

const likePrefix = (text: string) => `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A number searches the number only. Text matches the start of the email or of the name, case-insensitively:
 * prefix LIKE on lower(...) uses the text_pattern_ops indexes (pg_trgm is not assumed, so no infix search).
 */
function searchCondition(q: string | undefined): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  const number = /^#?(\d{1,9})$/.exec(q)?.[1];
  if (number) return Prisma.sql`o."number" = ${Number(number)}`;
  const pattern = likePrefix(q);
  if (q.includes("@")) return Prisma.sql`lower(o."email") LIKE ${pattern}`;
  return Prisma.sql`(lower(o."email") LIKE ${pattern} OR lower(o."customerName") LIKE ${pattern})`;
}

/**
 * The admin's order list: newest first, one status or all, searched, keyset-paginated by (createdAt, id)
 * so page 400 costs what page 1 does. Matches the (status, createdAt DESC, id) and (createdAt DESC, id) indexes.
 */
export async function listOrders(db: Db, input: ListOrdersInput = {}): Promise<OrderList> {
  const limit = Math.min(Math.max(input.limit ?? 25, 1), 100);
  const search = searchCondition(input.q);
  const status = input.status ? Prisma.sql`o."status" = ${input.status}::"OrderStatus"` : Prisma.sql`TRUE`;
  const cursor = decodeOrderCursor(input.after);
  // createdAt is a UTC timestamp without zone: compare with the cursor's instant converted the same way.
  const at = cursor ? Prisma.sql`(${cursor.createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')` : null;
  const after =
    cursor && at
      ? Prisma.sql`o."createdAt" <= ${at} AND (o."createdAt" < ${at} OR o."id" > ${cursor.id})`
      : Prisma.sql`TRUE`;

  const [rows, countRows] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT o."id", o."number", o."status"::text AS "status", o."paidAt", o."createdAt", o."customerName",
             o."email", o."totalCents", o."currency", o."paymentMethod",
             (SELECT COALESCE(SUM(i."quantity"), 0)::int FROM "OrderItem" i WHERE i."orderId" = o."id") AS "itemCount"
      FROM "Order" o
      WHERE ${status} AND ${search} AND ${after}
      ORDER BY o."createdAt" DESC, o."id" ASC
      LIMIT ${limit + 1}`,
    db.$queryRaw<{ status: TOrderStatus; count: number }[]>`
      SELECT o."status"::text AS "status", count(*)::int AS "count" FROM "Order" o WHERE ${search} GROUP BY o."status"`,
  ]);

  const page = rows.slice(0, limit);
  const counts = Object.fromEntries([...ORDER_STATUSES, "all"].map((s) => [s, 0])) as OrderList["counts"];
  for (const { status: s, count } of countRows) {
    counts[s] = count;
    counts.all += count;
  }
  const last = page[page.length - 1];
  return {
    orders: page.map((r) => ({
      ...r,
      paidAt: r.paidAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
    counts,
    next: rows.length > limit && last ? encodeOrderCursor(last.createdAt, last.id) : null,
  };
}
