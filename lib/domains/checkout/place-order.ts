import { recordOutcome } from "@/lib/domains/experiments/record-outcome";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/platform/db/generated/client";
import { retryTransient, type RetryTransientOptions } from "@/lib/platform/db/retry-transient";
import type { TCheckout } from "@/lib/platform/contracts/checkout";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { lockCart } from "@/lib/domains/cart/lock-cart";
import { announcePurchase } from "@/lib/domains/social-proof/announce-purchase";
import { paymentProvider } from "./payment-providers";
import { CheckoutError } from "./checkout-error";
import { claimCheckoutKey, earlierAnswer, recordRefusal, type CheckoutAnswer } from "./checkout-attempt";
import { lockStock, takeStock } from "./take-stock";
import {
  DEFAULT_UNPAID_ORDER_LIMITS,
  enforceUnpaidOrderLimits,
  lockUnpaidSources,
  type UnpaidOrderLimits,
} from "./unpaid-order-limits";
import { enforceUnpaidStockBound } from "./unpaid-stock-bound";
import { writeOrder } from "./write-order";
import { readUnpaidHoldings } from "./read-unpaid-holdings";
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
  /** placedFromKey() of the buyer's network address: bounds the stock unpaid orders from one network hold. */
  placedFrom?: string | null;
  /** Passed to the transient-conflict retry (benches count retries with it). */
  onRetry?: RetryTransientOptions["onRetry"];
}

type Tx = Prisma.TransactionClient;
type CartLine = { id: string; quantity: number; productId: string; slug: string; title: string; priceCents: number };
type Decided =
  | CheckoutAnswer
  | {
      kind: "created";
      orderId: string;
      number: number;
      createdAt: Date;
      paidAt: Date | null;
      totalCents: number;
      itemCount: number;
      products: { id: string; slug: string }[];
    };

// A sale rush queues transactions for pool connections; Prisma's 2 s default wait would refuse them.
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 };

interface Checkout {
  shopperId: string;
  input: TCheckout;
  currency: string;
  orderId: string;
  limits: UnpaidOrderLimits;
  placedFrom: string | null;
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
  if (provider.paysLater) {
    await lockUnpaidSources(tx, customer, c.placedFrom);
    const holdings = await readUnpaidHoldings(
      tx,
      c.shopperId,
      customer,
      c.placedFrom,
      lines.map((l) => l.productId),
    );
    enforceUnpaidOrderLimits(holdings, c.limits);
    enforceUnpaidStockBound(holdings, lines);
  }
  const totalCents = lines.reduce((sum, l) => sum + l.quantity * l.priceCents, 0);

  await tx.$executeRaw`SAVEPOINT order_writes`;
  const refuse = async (error: CheckoutError): Promise<never> => {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT order_writes`;
    throw error;
  };
  const createdAt = new Date();
  const { number } = await writeOrder(
    tx,
    {
      orderId: c.orderId,
      shopperId: c.shopperId,
      idempotencyKey,
      paymentMethod,
      currency: c.currency,
      totalCents,
      placedFrom: c.placedFrom,
      customer,
      createdAt,
    },
    lines,
  );

  const stockLines = lines.map((l) => ({ productId: l.productId, title: l.title, quantity: l.quantity }));
  const soldOut = await lockStock(tx, stockLines);
  if (soldOut.length > 0) {
    await refuse(new CheckoutError(`Sorry, not enough left of: ${soldOut.join(", ")}.`, "sold_out", soldOut));
  }
  const payment = await provider.authorize({ orderId: c.orderId, amountCents: totalCents, currency: c.currency });
  if (payment.status === "declined") await refuse(new CheckoutError(payment.reason, "payment_declined"));
  await takeStock(tx, stockLines);
  // Paid is recorded apart from the fulfilment status.
  const paidAt = payment.status === "authorized" ? new Date() : null;
  if (paidAt) await tx.order.updateMany({ where: { id: c.orderId }, data: { paidAt } });
  // Sent after commit by the outbox job; a refused checkout rolls this back with everything else.
  await enqueueOrderMail(tx, { orderId: c.orderId, kind: "confirmation" });
  return {
    kind: "created",
    orderId: c.orderId,
    number,
    createdAt,
    paidAt,
    totalCents,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    products: lines.map((l) => ({ id: l.productId, slug: l.slug })),
  };
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
    placedFrom: options.placedFrom ?? null,
  };
  const decided = await retryTransient(() => db.$transaction((tx) => decide(tx, checkout), TRANSACTION_LIMITS), {
    onRetry: options.onRetry,
  });

  if (decided.kind === "refused") throw decided.error;
  if (decided.kind === "placed") return { orderId: decided.orderId, productSlugs: [], created: false };
  // The feed says "bought" only for an order that counts (COUNTED_ORDER): an unpaid pay-on-delivery order
  // leaves no public trace until it is paid or delivered (lib/domains/orders/mark-paid.ts, advance-order.ts).
  if (decided.paidAt) await announcePurchase(db, decided.orderId, "paid");
  // Staff order lists show the new order at once; fire-and-forget, like the activity feed.
  publishOrderPlaced({
    id: decided.orderId,
    number: decided.number,
    status: "PLACED",
    paidAt: decided.paidAt?.toISOString() ?? null,
    createdAt: decided.createdAt.toISOString(),
    customerName: input.customerName,
    email: input.email,
    totalCents: decided.totalCents,
    currency,
    itemCount: decided.itemCount,
    paymentMethod: input.paymentMethod,
  });
  void recordOutcome(db, { shopperId, kind: "ORDER_PLACED", ref: decided.orderId, amountCents: decided.totalCents });
  return { orderId: decided.orderId, productSlugs: decided.products.map((p) => p.slug), created: true };
}
