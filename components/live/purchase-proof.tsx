import type { PurchaseCounts } from "@/lib/domains/social-proof/purchase-counts";
import { HowCounted } from "./how-counted";

function times(n: number): string {
  return n === 1 ? "once" : `${n} times`;
}

/**
 * "Bought N times": straight from paid or delivered orders. Like every live number, a count below the
 * merchant's threshold is not shown (nothing at all when neither window reaches it).
 */
export function PurchaseProof({ counts, threshold }: { counts: PurchaseCounts; threshold: number }) {
  const shown = (n: number) => n > 0 && n >= threshold;
  if (!shown(counts.last7d)) return null;
  return (
    <div className="space-y-1" data-testid="purchase-proof">
      <p className="text-sm text-roast-900">
        {shown(counts.last24h) ? <>Bought {times(counts.last24h)} in the last 24 hours · </> : null}
        {times(counts.last7d)} in the last 7 days
      </p>
      <HowCounted>
        <p>
          Orders from this shop that include this product and have been paid (pay-on-delivery orders once delivered),
          counted once per order whatever the quantity, by the day they were placed. Unpaid and cancelled orders are not
          counted, so an order nobody pays for moves nothing here. Refreshed at least every five minutes. Fewer than{" "}
          {threshold} orders are not shown.
        </p>
      </HowCounted>
    </div>
  );
}
