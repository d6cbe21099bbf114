import type { Prisma } from "@/lib/platform/db/generated/client";
import type { MailStep } from "./templates/order-step";

export interface StepEvent extends MailStep {
  orderId: string;
}

/** Reads an order event for its mail. */
export async function readStepEvent(tx: Prisma.TransactionClient, orderEventId: bigint): Promise<StepEvent | null> {
  return tx.orderEvent.findUnique({
    where: { id: orderEventId },
    select: {
      orderId: true,
      toStatus: true,
      note: true,
      staffName: true,
      carrier: true,
      trackingNumber: true,
      trackingUrl: true,
    },
  });
}
