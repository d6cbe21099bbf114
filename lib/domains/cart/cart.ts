import { recordOutcome } from "@/lib/domains/experiments/record-outcome";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { retryTransient } from "@/lib/platform/db/retry-transient";
import { UserError } from "@/lib/platform/errors/user-error";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { MAX_LINE_QUANTITY } from "@/lib/platform/contracts/limits";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import { lockCart } from "./lock-cart";

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

export async function getCart(db: Db, shopperId: string): Promise<CartDto> {
  const cart = await db.cart.findUnique({
    where: { shopperId },
    select: {
      items: {
        orderBy: { addedAt: "asc" },
        select: {
          quantity: true,
          product: {
            select: {
              id: true,
              slug: true,
              title: true,
              priceCents: true,
              stock: true,
              published: true,
              images: { select: { url: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
            },
          },
        },
      },
    },
  });
  if (!cart) return EMPTY;
  const lines = cart.items
    .filter((item) => item.product.published)
    .map((item) => ({
      productId: item.product.id,
      slug: item.product.slug,
      title: item.product.title,
      unitPriceCents: item.product.priceCents,
      quantity: item.quantity,
      stock: item.product.stock,
      image: item.product.images[0] ?? null,
    }));
  return {
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotalCents: lines.reduce((n, l) => n + l.quantity * l.unitPriceCents, 0),
  };
}

type Tx = Prisma.TransactionClient;

async function availableProduct(tx: Tx, productId: string) {
  const product = await tx.product.findFirst({
    where: { id: productId, published: true },
    select: { id: true, title: true, stock: true },
  });
  if (!product) throw new CartError("This product is not available.");
  return product;
}

// A cart change waits for a checkout of the same shopper to finish (the cart lock): as long as a checkout may.
const CART_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

/**
 * Adds to the line (capped by stock and the per-line limit); stock is only taken at checkout. One
 * statement, no interactive transaction: upserting the cart row takes the cart lock (so it waits for a
 * checkout in progress, like every cart change), and the line is then raised from what is stored at that
 * moment, or created if the checkout just consumed it.
 */
export async function addToCart(db: Db, shopperId: string, productId: string, quantity: number): Promise<CartDto> {
  await ensureShopper(db, shopperId);
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

export async function setCartQuantity(
  db: Db,
  shopperId: string,
  productId: string,
  quantity: number,
): Promise<CartDto> {
  await retryTransient(() =>
    db.$transaction(async (tx) => {
      const cartId = await lockCart(tx, shopperId, { create: false });
      if (!cartId) return;
      if (quantity === 0) {
        await tx.cartItem.deleteMany({ where: { cartId, productId } });
      } else {
        const product = await availableProduct(tx, productId);
        const capped = Math.min(quantity, Math.max(product.stock, 1), MAX_LINE_QUANTITY);
        await tx.cartItem.updateMany({ where: { cartId, productId }, data: { quantity: capped } });
      }
    }, CART_TRANSACTION),
  );
  return getCart(db, shopperId);
}
