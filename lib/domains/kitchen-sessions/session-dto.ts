import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TKitchenSession } from "@/lib/platform/contracts/session-phase";

export const sessionSelect = {
  id: true,
  title: true,
  description: true,
  productId: true,
  hostId: true,
  startsAt: true,
  endsAt: true,
  product: { select: { slug: true, title: true } },
  host: { select: { name: true, image: true } },
} satisfies Prisma.KitchenSessionSelect;

export type SessionRow = Prisma.KitchenSessionGetPayload<{ select: typeof sessionSelect }>;

export function toSession(row: SessionRow): TKitchenSession {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    product: row.product,
    host: { name: row.host.name, avatarUrl: row.host.image },
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
  };
}
