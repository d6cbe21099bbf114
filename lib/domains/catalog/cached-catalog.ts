import { unstable_cache } from "next/cache";
import { db } from "@/lib/platform/db/client";
import { cacheTags } from "@/lib/platform/cache-tags";
import { getCategoryWithProducts, getPublishedProduct, listCategories, listPublishedProducts } from "./read-catalog";
import type { CategoryDto } from "./read-catalog";
import type { ProductCardDto, ProductDetailDto } from "./product-dto";

/*
 * Catalog reads wrapped in Next's data cache, keyed by their arguments and tagged so that a
 * mutation (checkout, staff edit) can expire exactly what it changed. They never read the request.
 */

export const getCachedCategories: () => Promise<CategoryDto[]> = unstable_cache(
  async () => listCategories(db()),
  ["catalog:categories"],
  { tags: [cacheTags.catalog, cacheTags.categories] },
);

export const getCachedPublishedProducts: (limit?: number) => Promise<ProductCardDto[]> = unstable_cache(
  async (limit?: number) => listPublishedProducts(db(), limit),
  ["catalog:published-products"],
  { tags: [cacheTags.catalog] },
);

export function getCachedCategory(slug: string): Promise<{ category: CategoryDto; products: ProductCardDto[] } | null> {
  return unstable_cache(async () => getCategoryWithProducts(db(), slug), ["catalog:category", slug], {
    tags: [cacheTags.catalog, cacheTags.category(slug)],
  })();
}

/** The product page's data: tagged per product so a checkout expires only the pages whose stock moved. */
export function getCachedProduct(slug: string): Promise<ProductDetailDto | null> {
  return unstable_cache(async () => getPublishedProduct(db(), slug), ["catalog:product", slug], {
    tags: [cacheTags.catalog, cacheTags.product(slug)],
  })();
}
