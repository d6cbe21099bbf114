"use client";

import { STORE_ROOM, productRoom } from "@/lib/platform/contracts/rooms";
import { useLive } from "./realtime-provider";
import { HowCounted } from "./how-counted";

interface PresenceCountProps {
  /** A product page counts its own room; elsewhere the whole shop is counted. */
  productId?: string;
  threshold: number;
}

/** What stands in for a hidden count: the reason, not a blank next to "How is this counted?". */
function hiddenText(threshold: number, onProduct: boolean): string {
  const where = onProduct ? "on this page" : "in the shop";
  if (threshold <= 1) return `No one is counted ${where} right now.`;
  return `Fewer than ${threshold} people ${where} right now, so we show no number.`;
}

/** The same reason in the phone's live bar, short enough that it and "How is this counted?" fit its two lines. */
function shortHiddenText(threshold: number): string {
  if (threshold <= 1) return "No one is counted here now.";
  return `Fewer than ${threshold} people here now, so no number.`;
}

export function PresenceCount({ productId, threshold }: PresenceCountProps) {
  const { counts } = useLive();
  const room = productId ? productRoom(productId) : STORE_ROOM;
  // No entry yet: the live layer has not said anything, so there is nothing to explain either.
  const known = room in counts;
  const count = counts[room] ?? null;
  const label = productId ? "looking at this now" : "shoppers in the shop now";
  // In the shop's live bar on phones everything runs as one flowing line of small text (see LiveBar).
  const flow = productId ? "" : "max-sm:inline";
  return (
    <div className={`space-y-1 ${flow}`} data-testid={productId ? "product-presence" : "store-presence"}>
      {/* Reserve the line so the live number never shifts the layout. */}
      <p
        className={`min-h-6 text-sm font-medium text-leaf-600 ${productId ? "" : "max-sm:inline max-sm:text-xs"}`}
        aria-live="polite"
      >
        {count !== null ? (
          <>
            <span className="mr-1 inline-block h-2 w-2 rounded-full bg-leaf-600" aria-hidden="true" />
            <span data-testid="presence-number">{count}</span> {label}
          </>
        ) : known ? (
          <span className="font-normal text-roast-700" data-testid="presence-hidden">
            {productId ? (
              hiddenText(threshold, true)
            ) : (
              <>
                <span className="sm:hidden">{shortHiddenText(threshold)}</span>
                <span className="max-sm:hidden">{hiddenText(threshold, false)}</span>
              </>
            )}
          </span>
        ) : null}
      </p>
      <div
        className={`${known ? "" : "invisible"} ${productId ? "" : "max-sm:ml-2 max-sm:inline max-sm:[&_details]:inline max-sm:[&_summary]:inline max-sm:[&_summary]:whitespace-nowrap max-sm:[&_summary]:py-1"}`}
      >
        <HowCounted>
          <p>
            People with this {productId ? "product page" : "shop"} open in a browser right now, counted once however
            many tabs they use, updated about once a second; a closed tab drops out within a few seconds.
          </p>
          <p>
            Not counted: store staff, shoppers who chose to be invisible, and browsers sending Global Privacy Control.
            Below {threshold} people we show no number rather than a small one.
          </p>
        </HowCounted>
      </div>
    </div>
  );
}
