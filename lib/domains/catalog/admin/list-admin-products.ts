import type { Db } from "@/lib/platform/db/client";

export interface AdminProductRow {
  id: string;
  slug: string;
  title: string;
  priceCents: number;
  stock: number;
  published: boolean;
  categoryName: string;
  thumbnail: { url: string; alt: string } | null;
  imageCount: number;
  orderCount: number;
}

/** Every product, published or not, for the owner's catalog table. */
export async function listAdminProducts(db: Db): Promise<AdminProductRow[]> {
  const rows = await db.product.findMany({
    select: {
      id: true,
      slug: true,
      title: true,
      priceCents: true,
      stock: true,
      published: true,
      category: { select: { name: true } },
      images: { select: { url: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
      _count: { select: { images: true, orderItems: true } },
    },
    orderBy: [{ category: { position: "asc" } }, { title: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    priceCents: r.priceCents,
    stock: r.stock,
    published: r.published,
    categoryName: r.category.name,
    thumbnail: r.images[0] ?? null,
    imageCount: r._count.images,
    orderCount: r._count.orderItems,
  }));
}
