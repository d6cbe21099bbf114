import type { Prisma } from "@/lib/platform/db/generated/client";
import { ZActivityKind, type TActivityEvent } from "@/lib/platform/contracts/activity";
import { markOf } from "./activity-mark";

export const activitySelect = {
  id: true,
  kind: true,
  alias: true,
  regular: true,
  count: true,
  createdAt: true,
  shopperId: true,
  product: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.ActivityEventSelect;

export type ActivityRow = Prisma.ActivityEventGetPayload<{ select: typeof activitySelect }>;

/** The secret is read from the environment server.ts set, in both module graphs; no secret, no marks. */
export function toActivityEvent(row: ActivityRow, secret = process.env.AUTH_SECRET): TActivityEvent {
  const id = row.id.toString();
  return {
    id,
    kind: ZActivityKind.parse(row.kind),
    product: row.product,
    alias: row.alias,
    regular: row.regular,
    count: row.count,
    at: row.createdAt.toISOString(),
    mark: markOf(secret, row.shopperId, id),
  };
}
