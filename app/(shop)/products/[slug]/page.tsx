import { OpenKitchenOnly } from "@/components/live/open-kitchen-only";
import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { addToCartAction } from "./actions";
import { askQuestionAction } from "./ask-action";
import { AddToCartForm } from "@/components/catalog/add-to-cart-form";
import { ProductGallery } from "@/components/catalog/product-gallery";
import { ProductJsonLd } from "@/components/catalog/product-json-ld";
import { StockBadge } from "@/components/catalog/stock-badge";
import { Price } from "@/components/ui/price";
import { getCachedProduct } from "@/lib/domains/catalog/cached-catalog";
import { publicOrigin } from "@/lib/platform/http/runtime-config";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { getCachedProductActivity } from "@/lib/domains/activity/cached-activity";
import { getCachedPurchaseCounts } from "@/lib/domains/social-proof/cached-purchase-counts";
import { ActivityFeed } from "@/components/live/activity-feed";
import { EnterProductRoom } from "@/components/live/enter-product-room";
import { PresenceCount } from "@/components/live/presence-count";
import { PurchaseProof } from "@/components/live/purchase-proof";
import { QaSection } from "@/components/qa/qa-section";
import { ProductPolls } from "@/components/polls/product-polls";
import { KitchenUpdates } from "@/components/kitchen/kitchen-updates";
import { getCachedKitchenUpdates } from "@/lib/domains/kitchen/cached-kitchen";
import { getCachedKitchenSchedule } from "@/lib/domains/kitchen-hours/cached-kitchen-schedule";
import { getCachedUpcomingSessions } from "@/lib/domains/kitchen-sessions/cached-sessions";
import { mailConfig } from "@/lib/domains/mail/mail-config";
import { SessionBanner } from "@/components/kitchen-sessions/session-banner";
import { getCachedHostsOnDuty, getCachedProductThreads, getCachedResponseTimes } from "@/lib/domains/qa/cached-threads";
import { HydrateInSlices } from "@/components/ui/hydrate-in-slices";

interface ProductPageProps {
  params: Promise<{ slug: string }>;
}

/*
 * /products/[slug] is cached HTML (ISR): rendered on first request, then served from the cache until a
 * checkout or a staff edit expires its tags. It must never read cookies or headers; live numbers and the
 * cart count arrive from the browser.
 */
export const dynamicParams = true;
/** A backstop only; checkouts and staff edits expire the page through its tags at once. */
export const revalidate = 3600;

// No database at build time: every product renders on its first request.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

function absolute(url: string): string {
  return new URL(url, publicOrigin()).toString();
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { slug } = await params;
  const [product, settings] = await Promise.all([getCachedProduct(slug), getCachedStoreSettings()]);
  if (!product) return {};
  const image = product.images[0];
  return {
    title: product.title,
    description: product.description,
    alternates: { canonical: `/products/${product.slug}` },
    // Whole: a page's openGraph replaces the layout's, site name included.
    openGraph: {
      type: "website",
      siteName: settings.name,
      title: product.title,
      description: product.description,
      url: `/products/${product.slug}`,
      images: image ? [{ url: absolute(image.url), alt: image.alt || product.title }] : undefined,
    },
  };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { slug } = await params;
  const [product, settings] = await Promise.all([getCachedProduct(slug), getCachedStoreSettings()]);
  if (!product) notFound();
  const [activity, purchases, qa, hosts, responseTimes, kitchen, schedule, sessions] = await Promise.all([
    getCachedProductActivity(product.id, settings.broadcastKinds),
    getCachedPurchaseCounts(product.id, product.slug),
    getCachedProductThreads(product.id, product.slug),
    getCachedHostsOnDuty(),
    getCachedResponseTimes(),
    getCachedKitchenUpdates(product.id, 3),
    getCachedKitchenSchedule(),
    getCachedUpcomingSessions(product.id),
  ]);
  // Fixed for the life of the process, so the cached HTML may carry it.
  const emailEnabled = mailConfig() !== null;

  const storyParagraphs = product.story.split(/\n{2,}/).filter((p) => p.trim());
  return (
    <HydrateInSlices>
      <>
        <ProductJsonLd
          product={product}
          currency={settings.currency}
          url={absolute(`/products/${product.slug}`)}
          imageUrls={product.images.map((i) => absolute(i.url))}
        />
        <Breadcrumb
          crumbs={[
            { label: "Shop", href: "/" },
            { label: product.category.name, href: `/categories/${product.category.slug}` },
            { label: product.title },
          ]}
        />

        <article className="grid gap-10 lg:grid-cols-2 lg:gap-14">
          <ProductGallery images={product.images} title={product.title} />

          <div className="flex flex-col gap-6">
            <header>
              <h1 className="text-4xl leading-tight text-roast-900">{product.title}</h1>
              <div className="mt-4 flex flex-wrap items-center gap-4">
                <Price cents={product.priceCents} currency={settings.currency} className="text-2xl font-semibold" />
                <StockBadge stock={product.stock} />
              </div>
            </header>

            <p className="whitespace-pre-line text-lg leading-relaxed text-roast-800">{product.description}</p>

            <div className="rounded-2xl border border-roast-200 bg-white p-5">
              <AddToCartForm productId={product.id} stock={product.stock} action={addToCartAction} />
            </div>

            <section
              aria-label="Live in the shop"
              className="space-y-3 rounded-2xl border border-roast-200 p-5"
              data-open-kitchen=""
            >
              <EnterProductRoom productId={product.id} />
              <PresenceCount productId={product.id} threshold={settings.presenceThreshold} />
              <PurchaseProof counts={purchases} threshold={settings.presenceThreshold} />
              <ActivityFeed
                initial={activity.events}
                cursor={activity.cursor}
                productId={product.id}
                title="Just now on this product"
                limit={5}
                threshold={settings.presenceThreshold}
              />
            </section>

            <OpenKitchenOnly>
              <SessionBanner sessions={sessions} emailEnabled={emailEnabled} timezone={schedule.timezone} />
            </OpenKitchenOnly>

            <OpenKitchenOnly>
              <ProductPolls productId={product.id} />
            </OpenKitchenOnly>

            {storyParagraphs.length > 0 ? (
              <section aria-labelledby="story-title" className="border-t border-roast-200 pt-6">
                <h2 id="story-title" className="text-2xl text-roast-900">
                  How it&apos;s made
                </h2>
                <div className="mt-3 space-y-3 leading-relaxed text-roast-800">
                  {storyParagraphs.map((paragraph, index) => (
                    <p key={index}>{paragraph}</p>
                  ))}
                </div>
              </section>
            ) : null}
          </div>
        </article>

        <div className="mt-10" data-open-kitchen="">
          <KitchenUpdates initial={kitchen} productId={product.id} limit={3} />
        </div>

        <QaSection
          productId={product.id}
          threads={qa.threads}
          seq={qa.seq}
          hosts={hosts}
          responseTimes={responseTimes}
          promisedResponseMinutes={settings.promisedResponseMinutes}
          schedule={schedule}
          emailEnabled={emailEnabled}
          askAction={askQuestionAction}
        />
      </>
    </HydrateInSlices>
  );
}
