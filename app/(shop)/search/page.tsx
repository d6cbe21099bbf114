import type { Metadata } from "next";
import { ProductGrid } from "@/components/catalog/product-grid";
import { SearchBox } from "@/components/catalog/search-box";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { searchProducts } from "@/lib/domains/catalog/search-products";
import { ZSearchQuery } from "@/lib/platform/contracts/search";
import { db } from "@/lib/platform/db/client";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";

// Every query is different, so search renders per request.
export const dynamic = "force-dynamic";

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: "Search", robots: { index: false } };

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// /search?q=: ranked Postgres full-text search.
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const raw = firstValue((await searchParams).q);
  const parsed = ZSearchQuery.safeParse({ q: raw ?? undefined });
  const query = parsed.success ? parsed.data.q : "";
  const error = parsed.success ? null : (parsed.error.issues[0]?.message ?? "That search could not be run.");

  const [settings, results] = await Promise.all([
    getCachedStoreSettings(),
    query ? searchProducts(db(), query) : Promise.resolve([]),
  ]);

  return (
    <>
      <PageHeading title={query ? `Results for “${query}”` : "Search the shop"} eyebrow="Search" />
      <div className="mb-8">
        <SearchBox id="page-search" defaultValue={query || (raw ?? "").slice(0, 100)} />
      </div>
      <div role="status" aria-live="polite" className="mb-6 text-sm text-roast-700">
        {error
          ? error
          : query
            ? `${results.length} ${results.length === 1 ? "product" : "products"} found.`
            : "Type what you are looking for: a bean, an origin, a brewer."}
      </div>
      {error ? null : query && results.length === 0 ? (
        <EmptyState title="Nothing matched your search">
          Try fewer or different words, or browse the categories above.
        </EmptyState>
      ) : results.length > 0 ? (
        <>
          <h2 id="search-results" className="sr-only">
            Search results
          </h2>
          <ProductGrid products={results} currency={settings.currency} labelledBy="search-results" />
        </>
      ) : null}
    </>
  );
}
