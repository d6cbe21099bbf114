import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { ensureShopper } from "@/lib/shoppers/ensure-shopper";
import { MAX_LINE_QUANTITY } from "@/lib/contracts/limits";
import { recordActivity } from "@/lib/activity/record-activity";

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

async function cartIdFor(db: Db, shopperId: string): Promise<string> {
  await ensureShopper(db, shopperId);
  const cart = await db.cart.upsert({ where: { shopperId }, create: { shopperId }, update: {}, select: { id: true } });
  return cart.id;
}

async function availableProduct(db: Db, productId: string) {
  const product = await db.product.findFirst({
    where: { id: productId, published: true },
    select: { id: true, title: true, stock: true },
  });
  if (!product) throw new CartError("This product is not available.");
  return product;
}

/** Adds to the line (capped by stock and the per-line limit); stock is only taken at checkout. */
export async function addToCart(db: Db, shopperId: string, productId: string, quantity: number): Promise<CartDto> {
  const product = await availableProduct(db, productId);
  if (product.stock <= 0) throw new CartError(`${product.title} is sold out.`);
  const cartId = await cartIdFor(db, shopperId);
  const existing = await db.cartItem.findUnique({ where: { cartId_productId: { cartId, productId } } });
  const wanted = Math.min((existing?.quantity ?? 0) + quantity, product.stock, MAX_LINE_QUANTITY);
  await db.cartItem.upsert({
    where: { cartId_productId: { cartId, productId } },
    create: { cartId, productId, quantity: wanted },
    update: { quantity: wanted },
  });
  recordActivity(db, { kind: "cart_add", productId, shopperId });
  return getCart(db, shopperId);
}

export async function setCartQuantity(
  db: Db,
  shopperId: string,
  productId: string,
  quantity: number,
): Promise<CartDto> {
  const cart = await db.cart.findUnique({ where: { shopperId }, select: { id: true } });
  if (!cart) return EMPTY;
  if (quantity === 0) {
    await db.cartItem.deleteMany({ where: { cartId: cart.id, productId } });
  } else {
    const product = await availableProduct(db, productId);
    const capped = Math.min(quantity, Math.max(product.stock, 1), MAX_LINE_QUANTITY);
    await db.cartItem.updateMany({ where: { cartId: cart.id, productId }, data: { quantity: capped } });
  }
  return getCart(db, shopperId);
}
