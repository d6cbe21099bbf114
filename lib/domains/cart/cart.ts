import { recordOutcome } from "@/lib/domains/experiments/record-outcome";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import { retryTransient } from "@/lib/platform/db/retry-transient";
import { UserError } from "@/lib/platform/errors/user-error";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { MAX_LINE_QUANTITY } from "@/lib/platform/contracts/limits";
import { recordActivity } from "@/lib/domains/activity/record-activity";

export interface CartLineDto {
  productId: string;
  slug: string;
  title: string;
  unitPriceCents: number;
  quantity: number;
  stock: number;
  image: { url: string; alt: string } | null;
}

export interface CartDto {
  lines: CartLineDto[];
  itemCount: number;
  subtotalCents: number;
}

export class CartError extends UserError {}

const EMPTY: CartDto = { lines: [], itemCount: 0, subtotalCents: 0 };

type CartRow = Omit<CartLineDto, "image"> & { imageUrl: string | null; imageAlt: string | null };

/**
 * The shopper's cart, published products only, oldest line first, each with its first image. One
 * statement: every add and quantity change answers with the cart, and Prisma's nested read was four.
 */
export async function getCart(db: Db, shopperId: string): Promise<CartDto> {
  const rows = await db.$queryRaw<CartRow[]>`
    SELECT p.id AS "productId", p.slug, p.title, p."priceCents" AS "unitPriceCents", ci.quantity, p.stock,
           img.url AS "imageUrl", img.alt AS "imageAlt"
    FROM "Cart" c
    JOIN "CartItem" ci ON ci."cartId" = c.id
    JOIN "Product" p ON p.id = ci."productId"
    LEFT JOIN LATERAL (
      SELECT url, alt FROM "ProductImage" WHERE "productId" = p.id ORDER BY position, id LIMIT 1
    ) img ON true
    WHERE c."shopperId" = ${shopperId} AND p.published
    ORDER BY ci."addedAt", ci.id`;
  if (rows.length === 0) return EMPTY;
  const lines = rows.map(({ imageUrl, imageAlt, ...line }) => ({
    ...line,
    image: imageUrl === null ? null : { url: imageUrl, alt: imageAlt ?? "" },
  }));
  return {
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotalCents: lines.reduce((n, l) => n + l.quantity * l.unitPriceCents, 0),
  };
}

// A cart change waits for a checkout of the same shopper to finish (the cart lock): as long as a checkout may.
const CART_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

/**
 * Adds to the line (capped by stock and the per-line limit); stock is only taken at checkout. One
 * statement, no interactive transaction: upserting the cart row takes the cart lock (so it waits for a
 * checkout in progress, like every cart change), and the line is then raised from what is stored at that
 * moment, or created if the checkout just consumed it.
 */
export async function addToCart(
  db: Db,
  shopperId: string,
  productId: string,
  quantity: number,
  /** The request's Global Privacy Control signal, kept with the shopper (see ensureShopper). */
  privacy: { gpc?: boolean } = {},
): Promise<CartDto> {
  await ensureShopper(db, shopperId, privacy);
  const now = new Date();
  const added = await retryTransient(
    () => db.$queryRaw<{ quantity: number }[]>`
      WITH cart AS (
        INSERT INTO "Cart" (id, "shopperId", "updatedAt") VALUES (${randomUUID()}, ${shopperId}, ${now})
        ON CONFLICT ("shopperId") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
        RETURNING id
      ), product AS (
        SELECT id, stock FROM "Product" WHERE id = ${productId} AND published AND stock > 0
      )
      INSERT INTO "CartItem" (id, "cartId", "productId", quantity, "addedAt")
      SELECT ${randomUUID()}, cart.id, product.id, LEAST(${quantity}::int, product.stock, ${MAX_LINE_QUANTITY}::int), ${now}
      FROM cart, product
      ON CONFLICT ("cartId", "productId") DO UPDATE
        SET quantity = LEAST("CartItem".quantity + ${quantity}::int, (SELECT stock FROM product), ${MAX_LINE_QUANTITY}::int)
      RETURNING quantity`,
  );
  if (added.length === 0) {
    const product = await db.product.findFirst({ where: { id: productId, published: true }, select: { title: true } });
    throw new CartError(product ? `${product.title} is sold out.` : "This product is not available.");
  }
  recordActivity(db, { kind: "cart_add", productId, shopperId });
  void recordOutcome(db, { shopperId, kind: "CART_ADD", at: now });
  return getCart(db, shopperId);
}

/**
 * Sets a line's quantity (0 removes it), capped by stock and the per-line limit; refuses a product no
 * longer on sale. Two statements in one transaction sent together, with no round trip in between: the
 * cart lock (waiting for a checkout of this shopper to finish), then the change, whose own snapshot
 * sees what that checkout committed. No cart: nothing to change.
 */
export async function setCartQuantity(
  db: Db,
  shopperId: string,
  productId: string,
  quantity: number,
): Promise<CartDto> {
  const [locked, changed] = await retryTransient(() =>
    db.$transaction(
      [
        db.$queryRaw<{ id: string }[]>`SELECT id FROM "Cart" WHERE "shopperId" = ${shopperId} FOR UPDATE`,
        quantity === 0
          ? db.$queryRaw<{ available: boolean }[]>`
              WITH removed AS (
                DELETE FROM "CartItem" ci USING "Cart" c
                WHERE c."shopperId" = ${shopperId} AND ci."cartId" = c.id AND ci."productId" = ${productId}
              )
              SELECT true AS available`
          : db.$queryRaw<{ available: boolean }[]>`
              WITH product AS (
                SELECT stock FROM "Product" WHERE id = ${productId} AND published
              ), changed AS (
                UPDATE "CartItem" ci
                SET quantity = LEAST(${quantity}::int, GREATEST(product.stock, 1), ${MAX_LINE_QUANTITY}::int)
                FROM product, "Cart" c
                WHERE c."shopperId" = ${shopperId} AND ci."cartId" = c.id AND ci."productId" = ${productId}
              )
              SELECT EXISTS (SELECT 1 FROM product) AS available`,
      ],
      CART_TRANSACTION,
    ),
  );
  if (locked.length > 0 && !changed[0]?.available) throw new CartError("This product is not available.");
  return getCart(db, shopperId);
}
