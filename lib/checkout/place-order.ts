import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import type { TCheckout } from "@/lib/contracts/checkout";
import { ensureShopper } from "@/lib/shoppers/ensure-shopper";
import { paymentProvider } from "./payment-providers";
import { recordActivity } from "@/lib/activity/record-activity";

export class CheckoutError extends UserError {
  constructor(
    message: string,
    readonly reason: "empty_cart" | "sold_out" | "payment_declined",
    readonly soldOut: string[] = [],
  ) {
    super(message, reason === "sold_out" ? "sold_out" : "invalid");
  }
}

export interface PlacedOrder {
  orderId: string;
  /** Slugs whose stock changed, so their cached pages can be revalidated. */
  productSlugs: string[];
  /** False when the idempotency key had already produced this order. */
  created: boolean;
}

async function existingOrder(db: Db, shopperId: string, idempotencyKey: string): Promise<PlacedOrder | null> {
  const order = await db.order.findUnique({
    where: { shopperId_idempotencyKey: { shopperId, idempotencyKey } },
    select: { id: true },
  });
  return order ? { orderId: order.id, productSlugs: [], created: false } : null;
}

// A sale rush queues transactions for pool connections; Prisma's 2 s default wait would refuse them.
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

/**
 * Turns the shopper's cart into an order in one transaction. Each stock decrement is conditional
 * (`stock >= quantity`), so concurrent checkouts can never oversell; CHECK (stock >= 0) is the backstop.
 */
export async function placeOrder(db: Db, shopperId: string, input: TCheckout, currency: string): Promise<PlacedOrder> {
  const earlier = await existingOrder(db, shopperId, input.idempotencyKey);
  if (earlier) return earlier;
  await ensureShopper(db, shopperId);

  try {
    const placed = await db.$transaction(async (tx) => {
      const cart = await tx.cart.findUnique({
        where: { shopperId },
        select: {
          id: true,
          items: {
            select: {
              quantity: true,
              product: { select: { id: true, slug: true, title: true, priceCents: true, published: true } },
            },
          },
        },
      });
      const items = cart?.items.filter((i) => i.product.published) ?? [];
      if (!cart || items.length === 0) throw new CheckoutError("Your cart is empty.", "empty_cart");

      const soldOut: string[] = [];
      for (const item of items) {
        const taken = await tx.$executeRaw`
          UPDATE "Product" SET stock = stock - ${item.quantity}, "updatedAt" = now()
          WHERE id = ${item.product.id} AND published AND stock >= ${item.quantity}`;
        if (taken === 0) soldOut.push(item.product.title);
      }
      if (soldOut.length > 0) {
        throw new CheckoutError(`Sorry, not enough left of: ${soldOut.join(", ")}.`, "sold_out", soldOut);
      }

      const totalCents = items.reduce((sum, i) => sum + i.quantity * i.product.priceCents, 0);
      const { idempotencyKey, paymentMethod, ...customer } = input;
      const order = await tx.order.create({
        data: {
          shopperId,
          idempotencyKey,
          paymentMethod,
          currency,
          totalCents,
          ...customer,
          items: {
            create: items.map((i) => ({
              productId: i.product.id,
              title: i.product.title,
              unitPriceCents: i.product.priceCents,
              quantity: i.quantity,
            })),
          },
        },
        select: { id: true },
      });

      const payment = await paymentProvider(paymentMethod).authorize({
        orderId: order.id,
        amountCents: totalCents,
        currency,
      });
      if (payment.status === "declined") throw new CheckoutError(payment.reason, "payment_declined");
      if (payment.status === "authorized") await tx.order.update({ where: { id: order.id }, data: { status: "PAID" } });

      await tx.cartItem.deleteMany({ where: { cartId: cart.id } });
      return {
        orderId: order.id,
        productIds: items.map((i) => i.product.id),
        productSlugs: items.map((i) => i.product.slug),
        created: true,
      };
    }, TRANSACTION_LIMITS);
    for (const productId of placed.productIds) recordActivity(db, { kind: "purchase", productId, shopperId });
    return { orderId: placed.orderId, productSlugs: placed.productSlugs, created: placed.created };
  } catch (error) {
    // A concurrent retry with the same key won the race: answer with its order.
    if (isUniqueViolation(error)) {
      const winner = await existingOrder(db, shopperId, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}
