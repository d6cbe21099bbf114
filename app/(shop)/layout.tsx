import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/ui/skip-link";
import { LiveBar } from "@/components/live/live-bar";
import { RealtimeProvider } from "@/components/live/realtime-provider";
import { ShopPolls } from "@/components/polls/shop-polls";
import { ShopNotices } from "@/components/layout/shop-notices";
import { getCachedCategories } from "@/lib/domains/catalog/cached-catalog";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { getCachedRunningExperimentId } from "@/lib/domains/experiments/cached-running-experiment";
import { KitchenScript } from "@/components/live/kitchen-script";
import { OpenKitchenOnly } from "@/components/live/open-kitchen-only";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getCachedStoreSettings();
  return {
    title: { absolute: settings.name, template: `%s · ${settings.name}` },
    openGraph: { siteName: settings.name, type: "website" },
  };
}

// The shop's frame. It reads only cached, cookie-free data, so product pages under it stay cacheable.
export default async function ShopLayout({ children }: { children: ReactNode }) {
  const [settings, categories, runningExperimentId] = await Promise.all([
    getCachedStoreSettings(),
    getCachedCategories(),
    getCachedRunningExperimentId(),
  ]);
  return (
    <RealtimeProvider>
      <KitchenScript runningExperimentId={runningExperimentId} />
      <SkipLink targetId="main" />
      <SiteHeader storeName={settings.name} categories={categories} />
      <OpenKitchenOnly>
        <LiveBar threshold={settings.presenceThreshold} />
        <ShopPolls />
      </OpenKitchenOnly>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none sm:px-6 sm:py-12">
        {children}
      </main>
      <SiteFooter storeName={settings.name} experimentRunning={runningExperimentId !== null} />
      <OpenKitchenOnly>
        <ShopNotices />
      </OpenKitchenOnly>
    </RealtimeProvider>
  );
}
