import { CategoryTiles } from "@/components/catalog/category-tiles";
import { ProductGrid } from "@/components/catalog/product-grid";
import { StoreHero } from "@/components/catalog/store-hero";
import { ActivityFeed } from "@/components/live/activity-feed";
import { LookingNow } from "@/components/live/looking-now";
import { readActivity } from "@/lib/activity/read-activity";
import { db } from "@/lib/db/client";
import { EmptyState } from "@/components/ui/empty-state";
import { KitchenUpdates } from "@/components/kitchen/kitchen-updates";
import { getCachedKitchenUpdates } from "@/lib/kitchen/cached-kitchen";
import { getCachedCategories, getCachedPublishedProducts } from "@/lib/catalog/cached-catalog";
import { getCachedStoreSettings } from "@/lib/settings/cached-settings";

// Rendered per request: the build has no database. The data itself still comes from the tagged cache.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [settings, categories, products, kitchen] = await Promise.all([
    getCachedStoreSettings(),
    getCachedCategories(),
    getCachedPublishedProducts(),
    getCachedKitchenUpdates(undefined, 5),
  ]);
  const activity = await readActivity(db(), { kinds: settings.broadcastKinds, limit: 10 });

  return (
    <div className="flex flex-col gap-14">
      <StoreHero storeName={settings.name} />
      <div className="grid gap-8 rounded-2xl border border-roast-200 bg-white p-6 md:grid-cols-2">
        <ActivityFeed initial={activity} title="Happening in the shop" threshold={settings.presenceThreshold} />
        <LookingNow products={products} threshold={settings.presenceThreshold} />
      </div>
      <KitchenUpdates initial={kitchen} />

      {categories.length > 0 ? (
        <section aria-labelledby="categories-title">
          <h2 id="categories-title" className="mb-5 text-2xl text-roast-900">
            Shop by category
          </h2>
          <CategoryTiles categories={categories} />
        </section>
      ) : null}

      <section id="products" aria-labelledby="products-title" className="scroll-mt-6">
        <h2 id="products-title" className="mb-5 text-2xl text-roast-900">
          Everything in the shop
        </h2>
        {products.length > 0 ? (
          <ProductGrid products={products} currency={settings.currency} labelledBy="products-title" />
        ) : (
          <EmptyState title="The shelves are being stocked">Nothing is for sale yet. Please come back soon.</EmptyState>
        )}
      </section>
    </div>
  );
}
