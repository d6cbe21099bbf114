"use client";

import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { useLive, useSeedEvents } from "./realtime-provider";
import { ActivityItem } from "./activity-item";
import { HowCounted } from "./how-counted";
import { useOwnEventFilter } from "./use-own-events";

interface ActivityFeedProps {
  initial: TActivityEvent[];
  /** The newest event id when `initial` was read (lib/domains/activity/cached-activity.ts). */
  cursor: string;
  /** Only this product's events (the product page strip); the whole shop otherwise. */
  productId?: string;
  title: string;
  limit?: number;
  /** The merchant's presence threshold: a minute with fewer viewers than this shows no "looked at" line. */
  threshold: number;
}

export function ActivityFeed({ initial, cursor, productId, title, limit = 8, threshold }: ActivityFeedProps) {
  const all = useSeedEvents(initial, cursor);
  const { viewer } = useLive();
  const notMine = useOwnEventFilter(all, initial, viewer?.feedKey);
  const events = all
    .filter((e) => !productId || e.product?.id === productId)
    .filter((e) => e.kind !== "view" || e.count >= threshold)
    .filter(notMine)
    .slice(0, limit);
  return (
    <section aria-labelledby={`feed-${productId ?? "store"}`} className="space-y-2" data-testid="activity-feed">
      <h2 id={`feed-${productId ?? "store"}`} className="text-sm font-semibold uppercase tracking-wide text-roast-700">
        {title}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-roast-700">Nothing yet: this shows real shoppers&apos; activity as it happens.</p>
      ) : (
        <ol className="space-y-1" aria-live="polite" aria-relevant="additions">
          {events.map((event) => (
            <ActivityItem key={event.id} event={event} showProduct={!productId} />
          ))}
        </ol>
      )}
      <HowCounted>
        <p>
          Every line is something a real shopper or host did here: added to a cart, bought, or looked at a product
          (grouped per minute, counting each shopper once; a minute with fewer than {threshold} viewers is not shown).
          Nothing is invented or replayed, and your own actions are left out of what you see.
        </p>
        <p>
          &ldquo;Bought&rdquo; appears when an order is paid (a pay-on-delivery order once it is paid or delivered),
          the same rule as &ldquo;bought N times&rdquo; and the verified-buyer badge: an order nobody has paid for
          leaves no trace here. Shoppers who chose to be invisible, and browsers sending Global Privacy Control, are
          left out of the feed altogether.
        </p>
        <p>
          Shoppers are anonymous unless they chose to show their alias. A &ldquo;regular&rdquo; has visited on three or
          more different days.
        </p>
      </HowCounted>
    </section>
  );
}
