import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductGrid } from "@/components/catalog/product-grid";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { getCachedCategory } from "@/lib/domains/catalog/cached-catalog";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { HydrateInSlices } from "@/components/ui/hydrate-in-slices";

// Cached HTML like product pages: rendered on first request (no database at build), expired by its tags.
export const dynamicParams = true;
export const revalidate = 3600;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

interface CategoryPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const { slug } = await params;
  const data = await getCachedCategory(slug);
  if (!data) return {};
  return {
    title: data.category.name,
    description: data.category.description || undefined,
    alternates: { canonical: `/categories/${slug}` },
  };
}

// /categories/[slug]: one category's published products; unknown slugs are a 404.
export default async function CategoryPage({ params }: CategoryPageProps) {
  const { slug } = await params;
  const [data, settings] = await Promise.all([getCachedCategory(slug), getCachedStoreSettings()]);
  if (!data) notFound();

  return (
    <HydrateInSlices>
      <>
        <PageHeading eyebrow="Category" title={data.category.name}>
          {data.category.description ? <p>{data.category.description}</p> : null}
        </PageHeading>
        <h2 id="category-products" className="sr-only">
          Products in {data.category.name}
        </h2>
        {data.products.length > 0 ? (
          <ProductGrid products={data.products} currency={settings.currency} labelledBy="category-products" />
        ) : (
          <EmptyState title="Nothing here yet">This category has no products for sale right now.</EmptyState>
        )}
      </>
    </HydrateInSlices>
  );
}
