import type { Prisma } from "@/lib/db/generated/client";
import type { MailStep } from "./templates/order-step";

export interface StepEvent extends MailStep {
  orderId: string;
}

/**
 * Reads an order event for its mail. Raw SQL because the OrderEvent model lives on the orders branch
 * (columns as there: orderId, toStatus, note, staffName, carrier, trackingNumber, trackingUrl); at merge
 * this becomes `tx.orderEvent.findUnique`.
 */
export async function readStepEvent(tx: Prisma.TransactionClient, orderEventId: bigint): Promise<StepEvent | null> {
  const rows = await tx.$queryRaw<StepEvent[]>`
    SELECT "orderId", "toStatus"::text AS "toStatus", note, "staffName", carrier, "trackingNumber", "trackingUrl"
    FROM "OrderEvent" WHERE id = ${orderEventId}`;
  return rows[0] ?? null;
}
