import type { Prisma } from "@/lib/platform/db/generated/client";
import { CheckoutError, isCheckoutRefusal } from "./checkout-error";

type Tx = Prisma.TransactionClient;

/** What one checkout key answered: the order it placed, or the refusal it got. */
export type CheckoutAnswer = { kind: "placed"; orderId: string } | { kind: "refused"; error: CheckoutError };

/**
 * The first statement of a checkout: inserts the (shopper, key) row. A twin submission's insert waits on
 * this uncommitted row until we commit (then it finds our answer) or roll back (then it goes ahead
 * itself). Returns false when an earlier submission has already answered.
 */
export async function claimCheckoutKey(tx: Tx, shopperId: string, idempotencyKey: string): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "CheckoutAttempt" ("shopperId", "idempotencyKey") VALUES (${shopperId}, ${idempotencyKey})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** The answer an earlier submission of this key committed, if any. */
export async function earlierAnswer(db: Tx, shopperId: string, idempotencyKey: string): Promise<CheckoutAnswer | null> {
  const order = await db.order.findUnique({
    where: { shopperId_idempotencyKey: { shopperId, idempotencyKey } },
    select: { id: true },
  });
  if (order) return { kind: "placed", orderId: order.id };
  const attempt = await db.checkoutAttempt.findUnique({
    where: { shopperId_idempotencyKey: { shopperId, idempotencyKey } },
    select: { refusal: true, message: true, soldOut: true },
  });
  if (!attempt || !isCheckoutRefusal(attempt.refusal)) return null;
  return { kind: "refused", error: new CheckoutError(attempt.message ?? "", attempt.refusal, attempt.soldOut) };
}

/** Stores a refusal on the claimed row, in the same transaction, so twins and retries of the key get it too. */
export async function recordRefusal(tx: Tx, shopperId: string, idempotencyKey: string, error: CheckoutError) {
  await tx.checkoutAttempt.update({
    where: { shopperId_idempotencyKey: { shopperId, idempotencyKey } },
    data: { refusal: error.reason, message: error.message, soldOut: error.soldOut },
  });
}
