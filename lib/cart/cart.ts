import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { retryTransient } from "@/lib/db/retry-transient";
import { UserError } from "@/lib/errors/user-error";
import { ensureShopper } from "@/lib/shoppers/ensure-shopper";
import { MAX_LINE_QUANTITY } from "@/lib/contracts/limits";
import { recordActivity } from "@/lib/activity/record-activity";
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

// Short: a cart change waits at most for one checkout of the same shopper to finish.
const CART_TRANSACTION = { maxWait: 10_000, timeout: 10_000 };

/** Adds to the line (capped by stock and the per-line limit); stock is only taken at checkout. */
export async function addToCart(db: Db, shopperId: string, productId: string, quantity: number): Promise<CartDto> {
  await ensureShopper(db, shopperId);
  await retryTransient(() =>
    db.$transaction(async (tx) => {
      const product = await availableProduct(tx, productId);
      if (product.stock <= 0) throw new CartError(`${product.title} is sold out.`);
      const cartId = (await lockCart(tx, shopperId, { create: true }))!;
      const existing = await tx.cartItem.findUnique({
        where: { cartId_productId: { cartId, productId } },
        select: { quantity: true },
      });
      const wanted = Math.min((existing?.quantity ?? 0) + quantity, product.stock, MAX_LINE_QUANTITY);
      await tx.cartItem.upsert({
        where: { cartId_productId: { cartId, productId } },
        create: { cartId, productId, quantity: wanted },
        update: { quantity: wanted },
      });
    }, CART_TRANSACTION),
  );
  recordActivity(db, { kind: "cart_add", productId, shopperId });
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
