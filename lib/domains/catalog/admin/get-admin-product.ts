import type { Db } from "@/lib/platform/db/client";

export interface AdminProductDetail {
  id: string;
  slug: string;
  title: string;
  description: string;
  story: string;
  priceCents: number;
  stock: number;
  published: boolean;
  categoryId: string;
  images: { id: string; url: string; alt: string }[];
}

/** One product with everything the edit form shows, or null for an unknown id. */
export async function getAdminProduct(db: Db, id: string): Promise<AdminProductDetail | null> {
  return db.product.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      story: true,
      priceCents: true,
      stock: true,
      published: true,
      categoryId: true,
      images: { select: { id: true, url: true, alt: true }, orderBy: { position: "asc" } },
    },
  });
}
