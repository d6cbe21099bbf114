import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/platform/db/generated/client";

/**
 * Locks the shopper's cart row until the transaction ends, creating the cart when `create` is set.
 * Every cart change and every checkout take this lock first, so they run one after another per shopper:
 * a line added while an order is being placed lands either in that order or, after it, in the cart.
 * Returns the cart id, or null when there is no cart and none was to be created.
 */
export async function lockCart(
  tx: Prisma.TransactionClient,
  shopperId: string,
  { create }: { create: boolean },
): Promise<string | null> {
  // Timestamps from here, as Prisma writes them (UTC), not the session time zone's now().
  const now = new Date();
  const rows = create
    ? await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "Cart" (id, "shopperId", "updatedAt") VALUES (${randomUUID()}, ${shopperId}, ${now})
        ON CONFLICT ("shopperId") DO UPDATE SET "updatedAt" = ${now}
        RETURNING id`
    : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Cart" WHERE "shopperId" = ${shopperId} FOR UPDATE`;
  return rows[0]?.id ?? null;
}
