import type { Prisma } from "@/lib/db/generated/client";
import { ZActivityKind, type TActivityEvent } from "@/lib/contracts/activity";

export const activitySelect = {
  id: true,
  kind: true,
  alias: true,
  regular: true,
  count: true,
  createdAt: true,
  product: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.ActivityEventSelect;

export type ActivityRow = Prisma.ActivityEventGetPayload<{ select: typeof activitySelect }>;

export function toActivityEvent(row: ActivityRow): TActivityEvent {
  return {
    id: row.id.toString(),
    kind: ZActivityKind.parse(row.kind),
    product: row.product,
    alias: row.alias,
    regular: row.regular,
    count: row.count,
    at: row.createdAt.toISOString(),
  };
}
