import type { Db } from "@/lib/platform/db/client";
import type { TOrderLookup } from "@/lib/platform/contracts/orders";
import type { LookupLimiter } from "@/lib/platform/rate-limit/lookup-limiter";
import { OrderError } from "./order-error";

/** The one answer for a wrong number, a wrong email, or both: nothing tells which part was wrong. */
export const ORDER_NOT_FOUND_MESSAGE =
  "We could not find an order with that number and email. Check both against your order and try again.";

/**
 * Find my order: the order whose number AND email match, from any browser. One indexed query for every
 * attempt (the number is unique), so a miss costs the same whichever part was wrong. Rate-limited per address.
 */
export async function findOrder(db: Db, limiter: LookupLimiter, ip: string, input: TOrderLookup): Promise<string> {
  await limiter.consume(ip);
  const order = await db.order.findFirst({
    where: { number: input.number, email: input.email },
    select: { id: true },
  });
  if (!order) throw new OrderError(ORDER_NOT_FOUND_MESSAGE, "not_found");
  return order.id;
}
