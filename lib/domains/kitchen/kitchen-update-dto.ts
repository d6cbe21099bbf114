import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TKitchenUpdate } from "@/lib/platform/contracts/kitchen";

export const kitchenUpdateSelect = {
  id: true,
  body: true,
  imagePath: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true, image: true } },
  products: { select: { product: { select: { id: true, slug: true, title: true } } } },
} satisfies Prisma.KitchenUpdateSelect;

type Row = Prisma.KitchenUpdateGetPayload<{ select: typeof kitchenUpdateSelect }>;

export function toKitchenUpdate(row: Row): TKitchenUpdate {
  return {
    id: row.id,
    body: row.body,
    imageUrl: row.imagePath,
    author: { id: row.author.id, name: row.author.name, avatarUrl: row.author.image },
    products: row.products.map((p) => p.product),
    at: row.createdAt.toISOString(),
    // Prisma sets both timestamps on create, a few microseconds apart.
    edited: row.updatedAt.getTime() - row.createdAt.getTime() > 1000,
  };
}
