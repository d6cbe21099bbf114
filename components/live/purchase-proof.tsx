import type { PurchaseCounts } from "@/lib/social-proof/purchase-counts";
import { HowCounted } from "./how-counted";

function times(n: number): string {
  return n === 1 ? "once" : `${n} times`;
}

/**
 * "Bought N times": straight from orders. Like every live number, a count below the merchant's threshold
 * is not shown (nothing at all when neither window reaches it).
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
          Orders placed in this shop that include this product, counted once per order whatever the quantity; cancelled
          orders are not counted. Refreshed with every order, and at least every five minutes. Fewer than {threshold}{" "}
          orders are not shown.
        </p>
      </HowCounted>
    </div>
  );
}
