import type { Db } from "@/lib/platform/db/client";
import { productCardSelect, productDetailSelect, toProductCard, toProductDetail } from "./product-dto";
import type { ProductCardDto, ProductDetailDto } from "./product-dto";

export interface CategoryDto {
  id: string;
  slug: string;
  name: string;
  description: string;
}

const categorySelect = { id: true, slug: true, name: true, description: true } as const;

export async function listCategories(db: Db): Promise<CategoryDto[]> {
  return db.category.findMany({ select: categorySelect, orderBy: [{ position: "asc" }, { name: "asc" }] });
}

export async function listPublishedProducts(db: Db, limit = 48): Promise<ProductCardDto[]> {
  const rows = await db.product.findMany({
    where: { published: true },
    select: productCardSelect,
    orderBy: [{ category: { position: "asc" } }, { createdAt: "asc" }],
    take: limit,
  });
  return rows.map(toProductCard);
}

export async function getCategoryWithProducts(
  db: Db,
  slug: string,
): Promise<{ category: CategoryDto; products: ProductCardDto[] } | null> {
  const category = await db.category.findUnique({ where: { slug }, select: categorySelect });
  if (!category) return null;
  const rows = await db.product.findMany({
    where: { categoryId: category.id, published: true },
    select: productCardSelect,
    orderBy: { createdAt: "asc" },
  });
  return { category, products: rows.map(toProductCard) };
}

/** A published product for the storefront; unpublished products are invisible to shoppers. */
export async function getPublishedProduct(db: Db, slug: string): Promise<ProductDetailDto | null> {
  const row = await db.product.findFirst({ where: { slug, published: true }, select: productDetailSelect });
  return row ? toProductDetail(row) : null;
}

export async function listSitemapEntries(
  db: Db,
): Promise<{ products: { slug: string; updatedAt: Date }[]; categories: string[] }> {
  const [products, categories] = await Promise.all([
    db.product.findMany({ where: { published: true }, select: { slug: true, updatedAt: true } }),
    db.category.findMany({ select: { slug: true } }),
  ]);
  return { products, categories: categories.map((c) => c.slug) };
}
