import type { PurchaseCounts } from "@/lib/social-proof/purchase-counts";
import { HowCounted } from "./how-counted";

function times(n: number): string {
  return n === 1 ? "once" : `${n} times`;
}

/** "Bought N times": straight from orders; nothing shown when nobody bought it. */
export function PurchaseProof({ counts }: { counts: PurchaseCounts }) {
  if (counts.last7d === 0) return null;
  return (
    <div className="space-y-1" data-testid="purchase-proof">
      <p className="text-sm text-roast-900">
        {counts.last24h > 0 ? <>Bought {times(counts.last24h)} in the last 24 hours · </> : null}
        {times(counts.last7d)} in the last 7 days
      </p>
      <HowCounted>
        <p>
          Orders placed in this shop that include this product, counted once per order whatever the quantity; cancelled
          orders are not counted. Refreshed with every order, and at least every five minutes.
        </p>
      </HowCounted>
    </div>
  );
}
