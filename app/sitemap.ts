import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/domains/catalog/read-catalog";
import { db } from "@/lib/platform/db/client";
import { publicOrigin } from "@/lib/platform/http/runtime-config";

// Per request: the build has no database, and the catalog changes whenever staff publish.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicOrigin();
  const { products, categories } = await listSitemapEntries(db());
  return [
    { url: `${origin}/`, changeFrequency: "daily", priority: 1 },
    ...categories.map((slug) => ({
      url: `${origin}/categories/${slug}`,
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
    ...products.map((p) => ({
      url: `${origin}/products/${p.slug}`,
      lastModified: p.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ];
}
