import { OpenKitchenOnly } from "@/components/live/open-kitchen-only";
import { CategoryTiles } from "@/components/catalog/category-tiles";
import { ProductGrid } from "@/components/catalog/product-grid";
import { StoreHero } from "@/components/catalog/store-hero";
import { ActivityFeed } from "@/components/live/activity-feed";
import { LookingNow } from "@/components/live/looking-now";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCachedStoreActivity } from "@/lib/domains/activity/cached-activity";
import { HOME_EDITION } from "@/lib/domains/catalog/home-route";
import { EmptyState } from "@/components/ui/empty-state";
import { KitchenUpdates } from "@/components/kitchen/kitchen-updates";
import { getCachedKitchenUpdates } from "@/lib/domains/kitchen/cached-kitchen";
import { getCachedCategories, getCachedPublishedProducts } from "@/lib/domains/catalog/cached-catalog";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { getCachedUpcomingSessions } from "@/lib/domains/kitchen-sessions/cached-sessions";
import { getCachedKitchenSchedule } from "@/lib/domains/kitchen-hours/cached-kitchen-schedule";
import { mailConfig } from "@/lib/domains/mail/mail-config";
import { SessionBanner } from "@/components/kitchen-sessions/session-banner";
import { HydrateInSlices } from "@/components/ui/hydrate-in-slices";

interface HomePageProps {
  params: Promise<{ edition: string }>;
}

/*
 * `/` (rewritten here, see lib/domains/catalog/home-route.ts) is cached HTML: rendered on its first request, then
 * served from the cache until a staff edit or a checkout expires its tags, or its 30 s activity list ages.
 * Like product pages it never reads cookies or headers; live numbers arrive once the socket joins.
 */
export const dynamicParams = true;
export const revalidate = 3600;

export async function generateStaticParams(): Promise<{ edition: string }[]> {
  return [];
}

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function HomePage({ params }: HomePageProps) {
  if ((await params).edition !== HOME_EDITION) notFound();
  const settings = await getCachedStoreSettings();
  const [categories, products, kitchen, activity, sessions, schedule] = await Promise.all([
    getCachedCategories(),
    getCachedPublishedProducts(),
    getCachedKitchenUpdates(undefined, 5),
    getCachedStoreActivity(settings.broadcastKinds),
    getCachedUpcomingSessions(null),
    getCachedKitchenSchedule(),
  ]);

  return (
    <HydrateInSlices>
      <div className="flex flex-col gap-14">
        <StoreHero storeName={settings.name} />
        <OpenKitchenOnly>
          <SessionBanner
            sessions={sessions}
            emailEnabled={mailConfig() !== null}
            timezone={schedule.timezone}
            showProduct
          />
        </OpenKitchenOnly>
        <div
          className="grid gap-8 rounded-2xl border border-roast-200 bg-white p-6 md:grid-cols-2"
          data-open-kitchen=""
        >
          <ActivityFeed
            initial={activity.events}
            cursor={activity.cursor}
            title="Happening in the shop"
            threshold={settings.presenceThreshold}
          />
          <LookingNow
            // Only what the list shows: everything passed to a client component is repeated in the page's payload.
            products={products.map(({ id, slug, title }) => ({ id, slug, title }))}
            threshold={settings.presenceThreshold}
          />
        </div>
        <OpenKitchenOnly>
          <KitchenUpdates initial={kitchen} />
        </OpenKitchenOnly>

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
            <ProductGrid products={products} currency={settings.currency} labelledBy="products-title" eagerImages={0} />
          ) : (
            <EmptyState title="The shelves are being stocked">
              Nothing is for sale yet. Please come back soon.
            </EmptyState>
          )}
        </section>
      </div>
    </HydrateInSlices>
  );
}
