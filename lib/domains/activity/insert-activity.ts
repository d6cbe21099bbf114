import type { Db } from "@/lib/platform/db/client";
import { Prisma } from "@/lib/platform/db/generated/client";
import type { TActivityEvent, TActivityKind } from "@/lib/platform/contracts/activity";
import { toActivityEvent } from "./activity-dto";
import { REGULAR_AFTER_DAYS } from "@/lib/domains/shoppers/regular";

export interface ActivityInput {
  kind: TActivityKind;
  productId?: string | null;
  shopperId?: string | null;
  count?: number;
  at?: Date;
}

// Prisma's codes for a row the database will never accept (constraint, value or type errors).
const BAD_ROW_CODES = new Set([
  "P2000",
  "P2002",
  "P2003",
  "P2004",
  "P2006",
  "P2007",
  "P2011",
  "P2012",
  "P2020",
  "P2023",
]);

// Postgres SQLSTATE classes of the same kind, for raw statements (Prisma reports those as P2010):
// 22 data exception, 23 integrity constraint violation.
const BAD_ROW_SQLSTATE = /^2[23]/;

/** True when retrying cannot help: the rows themselves are wrong, not the connection. */
export function isBadRowError(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (BAD_ROW_CODES.has(error.code)) return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: unknown } } | undefined)?.cause;
  return error.code === "P2010" && typeof cause?.originalCode === "string" && BAD_ROW_SQLSTATE.test(cause.originalCode);
}

interface InsertedRow {
  id: bigint;
  kind: string;
  alias: string | null;
  regular: boolean;
  count: number;
  createdAt: Date;
  shopperId: string | null;
  productId: string | null;
  productSlug: string | null;
  productTitle: string | null;
}

/**
 * Stores events in one statement and one round trip (the live feed waits on it), except those of shoppers
 * who are invisible or whose browser sends Global Privacy Control (they never reach the feed): each shopper's alias
 * and "regular" mark as of now are read in the same statement, and the product's slug and title come back
 * with the rows. Returns them in id order.
 */
export async function insertActivity(db: Db, batch: ActivityInput[]): Promise<TActivityEvent[]> {
  if (batch.length === 0) return [];
  const now = new Date();
  const rows = await db.$queryRaw<InsertedRow[]>`
    WITH input AS (
      SELECT * FROM unnest(
        ${batch.map((e) => e.kind)}::text[],
        ${batch.map((e) => e.productId ?? null)}::text[],
        ${batch.map((e) => e.shopperId ?? null)}::text[],
        ${batch.map((e) => e.count ?? 1)}::int[],
        ${batch.map((e) => (e.at ?? now).toISOString())}::timestamptz[]
      ) WITH ORDINALITY AS i(kind, "productId", "shopperId", count, "createdAt", position)
    ), inserted AS (
      INSERT INTO "ActivityEvent" (kind, "productId", "shopperId", alias, regular, count, "createdAt")
      SELECT i.kind, i."productId", s.id,
             CASE WHEN s."showAliasInFeed" THEN s.alias END,
             COALESCE((SELECT count(*) FROM "ShopperVisitDay" d WHERE d."shopperId" = s.id), 0) >= ${REGULAR_AFTER_DAYS},
             i.count, i."createdAt" AT TIME ZONE 'UTC'
      FROM input i LEFT JOIN "Shopper" s ON s.id = i."shopperId"
      -- Invisible shoppers and browsers sending Global Privacy Control are left out of the feed.
      WHERE s.id IS NULL OR NOT (s.invisible OR s.gpc)
      ORDER BY i.position
      RETURNING id, kind, alias, regular, count, "createdAt", "shopperId", "productId"
    )
    SELECT inserted.*, p.slug AS "productSlug", p.title AS "productTitle"
    FROM inserted LEFT JOIN "Product" p ON p.id = inserted."productId"
    ORDER BY inserted.id`;
  return rows.map((row) =>
    toActivityEvent({
      ...row,
      product: row.productId ? { id: row.productId, slug: row.productSlug ?? "", title: row.productTitle ?? "" } : null,
    }),
  );
}
