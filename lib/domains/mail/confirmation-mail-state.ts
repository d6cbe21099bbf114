import type { Db } from "@/lib/platform/db/client";
import { orderMailKey } from "./enqueue-order-mail";

/** What the order page may say about the confirmation email: null means none was queued, so say nothing. */
export type ConfirmationMailState = "queued" | "sent" | "failed" | null;

export async function confirmationMailState(db: Db, orderId: string): Promise<ConfirmationMailState> {
  const row = await db.mailOutbox.findUnique({
    where: { dedupeKey: orderMailKey({ orderId, kind: "confirmation" }) },
    select: { status: true },
  });
  if (!row) return null;
  if (row.status === "SENT") return "sent";
  if (row.status === "PENDING") return "queued";
  return "failed";
}
