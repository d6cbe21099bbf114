import type { Prisma } from "@/lib/platform/db/generated/client";

export type QaChangeKind = "asked" | "replied" | "edited" | "voted" | "seen" | "moderated";

/** Appends to the thread's change sequence inside the mutation's transaction; returns the new number. */
export async function recordQaChange(
  tx: Prisma.TransactionClient,
  change: { productId: string; questionId: string; kind: QaChangeKind },
): Promise<string> {
  const row = await tx.qaChange.create({ data: change, select: { id: true } });
  return row.id.toString();
}

export interface QaMutation {
  questionId: string;
  productId: string;
  seq: string;
}
