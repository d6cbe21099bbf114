import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/platform/db/client";

const suffix = () => randomBytes(4).toString("hex");

export async function createCategory(
  db: Db,
  overrides: Partial<{ slug: string; name: string; position: number }> = {},
) {
  const slug = overrides.slug ?? `category-${suffix()}`;
  return db.category.create({
    data: { slug, name: overrides.name ?? `Category ${slug}`, position: overrides.position ?? 0 },
  });
}

export interface ProductOverrides {
  slug?: string;
  title?: string;
  description?: string;
  story?: string;
  priceCents?: number;
  stock?: number;
  published?: boolean;
  categoryId?: string;
}

/** Writes a real product row (and a category when none is given). */
export async function createProduct(db: Db, overrides: ProductOverrides = {}) {
  const categoryId = overrides.categoryId ?? (await createCategory(db)).id;
  const slug = overrides.slug ?? `product-${suffix()}`;
  return db.product.create({
    data: {
      slug,
      title: overrides.title ?? `Product ${slug}`,
      description: overrides.description ?? "A product made for tests.",
      story: overrides.story ?? "",
      priceCents: overrides.priceCents ?? 1250,
      stock: overrides.stock ?? 10,
      published: overrides.published ?? true,
      categoryId,
      images: { create: [{ url: "/images/products/test.svg", alt: "test image" }] },
    },
  });
}
