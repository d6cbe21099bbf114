import { estimateDurations, type ShopTraffic } from "@/lib/domains/experiments/estimate-duration";

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** How long this split would take to detect +10% and +20%, from the shop's own last 28 days. */
export function DurationEstimates({ traffic, closedShare }: { traffic: ShopTraffic; closedShare: number }) {
  const valid = closedShare > 0 && closedShare <= 0.5;
  const estimates = valid ? estimateDurations(traffic, closedShare) : [];
  return (
    <div className="rounded-lg border border-roast-200 bg-roast-50 p-4 text-sm" data-testid="duration-estimates">
      <p>
        Last 28 days: about <strong>{Math.round(traffic.shoppersPerDay)}</strong> different shoppers a day, of whom{" "}
        <strong>{percent(traffic.conversion)}</strong> placed a paid order.
      </p>
      {!valid ? (
        <p className="mt-2">Choose a share between 1% and 50% to see how long it would take.</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {estimates.map((e) => (
            <li key={e.lift}>
              To detect <strong>+{Math.round(e.lift * 100)}%</strong> conversion:{" "}
              {e.days === null ? (
                "not enough traffic or sales in the last 28 days to estimate."
              ) : (
                <>
                  about <strong>{e.days} days</strong> ({e.shoppers?.toLocaleString("en")} shoppers in both groups)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-roast-700">
        With 80% chance, using the same always-valid interval as the results page; a smaller true effect takes longer.
      </p>
    </div>
  );
}
