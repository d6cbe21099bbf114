import { recordOutcome } from "@/lib/domains/experiments/record-outcome";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { retryTransient, type RetryTransientOptions } from "@/lib/platform/db/retry-transient";
import type { TCheckout } from "@/lib/platform/contracts/checkout";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { lockCart } from "@/lib/domains/cart/lock-cart";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import { paymentProvider } from "./payment-providers";
import { CheckoutError } from "./checkout-error";
import { claimCheckoutKey, earlierAnswer, recordRefusal, type CheckoutAnswer } from "./checkout-attempt";
import { lockStock, takeStock } from "./take-stock";
import { DEFAULT_UNPAID_ORDER_LIMITS, enforceUnpaidOrderLimits, type UnpaidOrderLimits } from "./unpaid-order-limits";
import { enqueueOrderMail } from "@/lib/domains/mail/enqueue-order-mail";
import { publishOrderPlaced } from "@/lib/domains/orders/publish-order-placed";

export interface PlacedOrder {
  orderId: string;
  /** Slugs whose stock changed, so their cached pages can be revalidated. */
  productSlugs: string[];
  /** False when the idempotency key had already produced this order. */
  created: boolean;
}

export interface PlaceOrderOptions {
  limits?: UnpaidOrderLimits;
  /** Passed to the transient-conflict retry (benches count retries with it). */
  onRetry?: RetryTransientOptions["onRetry"];
}

type Tx = Prisma.TransactionClient;
type CartLine = { id: string; quantity: number; productId: string; slug: string; title: string; priceCents: number };
type Decided =
  | CheckoutAnswer
  | { kind: "created"; orderId: string; totalCents: number; products: { id: string; slug: string }[] };

// A sale rush queues transactions for pool connections; Prisma's 2 s default wait would refuse them.
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

interface Checkout {
  shopperId: string;
  input: TCheckout;
  currency: string;
  orderId: string;
  limits: UnpaidOrderLimits;
}

/**
 * The order, its lines and the cart deletion are written before the stock is locked, so the hot product
 * rows stay locked only for the check, the payment and the decrement. A refusal after the writes rolls
 * back to the savepoint, leaving nothing stored but the refusal itself on the checkout key.
 */
async function order(tx: Tx, c: Checkout): Promise<Decided> {
  const cartId = await lockCart(tx, c.shopperId, { create: false });
  // Read after the lock, in a statement of its own, so it sees every line committed before the lock was ours.
  const lines = cartId
    ? await tx.$queryRaw<CartLine[]>`
        SELECT ci.id, ci.quantity, p.id AS "productId", p.slug, p.title, p."priceCents"
        FROM "CartItem" ci JOIN "Product" p ON p.id = ci."productId"
        WHERE ci."cartId" = ${cartId} AND p.published`
    : [];
  if (lines.length === 0) throw new CheckoutError("Your cart is empty.", "empty_cart");

  const { idempotencyKey, paymentMethod, ...customer } = c.input;
  const provider = paymentProvider(paymentMethod);
  if (provider.paysLater) await enforceUnpaidOrderLimits(tx, c.shopperId, customer, c.limits);
  const totalCents = lines.reduce((sum, l) => sum + l.quantity * l.priceCents, 0);

  await tx.$executeRaw`SAVEPOINT order_writes`;
  const refuse = async (error: CheckoutError): Promise<never> => {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT order_writes`;
    throw error;
  };
  // createMany: nothing to read back, one statement per table.
  await tx.order.createMany({
    data: {
      id: c.orderId,
      shopperId: c.shopperId,
      idempotencyKey,
      paymentMethod,
      currency: c.currency,
      totalCents,
      ...customer,
    },
  });
  await tx.orderItem.createMany({
    data: lines.map((l) => ({
      orderId: c.orderId,
      productId: l.productId,
      title: l.title,
      unitPriceCents: l.priceCents,
      quantity: l.quantity,
    })),
  });
  // Exactly the lines read above; under the cart lock nothing else can have joined them.
  await tx.cartItem.deleteMany({ where: { OR: lines.map((l) => ({ id: l.id, quantity: l.quantity })) } });

  const stockLines = lines.map((l) => ({ productId: l.productId, title: l.title, quantity: l.quantity }));
  const soldOut = await lockStock(tx, stockLines);
  if (soldOut.length > 0) {
    await refuse(new CheckoutError(`Sorry, not enough left of: ${soldOut.join(", ")}.`, "sold_out", soldOut));
  }
  const payment = await provider.authorize({ orderId: c.orderId, amountCents: totalCents, currency: c.currency });
  if (payment.status === "declined") await refuse(new CheckoutError(payment.reason, "payment_declined"));
  await takeStock(tx, stockLines);
  // Paid is recorded apart from the fulfilment status.
  if (payment.status === "authorized")
    await tx.order.updateMany({ where: { id: c.orderId }, data: { paidAt: new Date() } });
  // Sent after commit by the outbox job; a refused checkout rolls this back with everything else.
  await enqueueOrderMail(tx, { orderId: c.orderId, kind: "confirmation" });
  return { kind: "created", orderId: c.orderId, totalCents, products: lines.map((l) => ({ id: l.productId, slug: l.slug })) };
}

/** The checkout key is claimed first: a twin submission waits here, then answers as this one did. */
async function decide(tx: Tx, c: Checkout): Promise<Decided> {
  const { shopperId, input } = c;
  if (!(await claimCheckoutKey(tx, shopperId, input.idempotencyKey))) {
    const earlier = await earlierAnswer(tx, shopperId, input.idempotencyKey);
    if (!earlier) throw new Error("checkout key claimed without an answer");
    return earlier;
  }
  try {
    return await order(tx, c);
  } catch (error) {
    if (!(error instanceof CheckoutError)) throw error;
    await recordRefusal(tx, shopperId, input.idempotencyKey, error);
    return { kind: "refused", error };
  }
}

/**
 * Turns the shopper's cart into an order in one transaction. Every submission of one idempotency key
 * gets the same answer (the order, or the same refusal). Stock is locked in product-id order and
 * decremented only when all of it is there, so concurrent checkouts neither oversell nor deadlock; a
 * deadlock or serialization failure that still happens is retried with backoff.
 */
export async function placeOrder(
  db: Db,
  shopperId: string,
  input: TCheckout,
  currency: string,
  options: PlaceOrderOptions = {},
): Promise<PlacedOrder> {
  await ensureShopper(db, shopperId);
  // One id across retries: a payment provider sees one order however often the transaction reruns.
  const checkout = {
    shopperId,
    input,
    currency,
    orderId: randomUUID(),
    limits: options.limits ?? DEFAULT_UNPAID_ORDER_LIMITS,
  };
  const decided = await retryTransient(() => db.$transaction((tx) => decide(tx, checkout), TRANSACTION_LIMITS), {
    onRetry: options.onRetry,
  });

  if (decided.kind === "refused") throw decided.error;
  if (decided.kind === "placed") return { orderId: decided.orderId, productSlugs: [], created: false };
  for (const product of decided.products) recordActivity(db, { kind: "purchase", productId: product.id, shopperId });
  // Staff order lists show the new order at once; fire-and-forget, like the activity feed.
  void publishOrderPlaced(db, decided.orderId);
  void recordOutcome(db, { shopperId, kind: "ORDER_PLACED", ref: decided.orderId, amountCents: decided.totalCents });
  return { orderId: decided.orderId, productSlugs: decided.products.map((p) => p.slug), created: true };
}
