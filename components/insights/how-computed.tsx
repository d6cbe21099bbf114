import { MIN_PAID_ORDERS, MIN_SHOPPERS } from "@/lib/domains/experiments/result-gate";

/** "How is this computed?": the method by name, in plain words. */
export function HowComputed({ design, windowDays }: { design: "holdout" | "switchback"; windowDays: number }) {
  return (
    <details className="rounded-lg border border-roast-200 bg-white p-4 text-sm" data-testid="how-computed">
      <summary className="cursor-pointer font-semibold">How is this computed?</summary>
      <div className="mt-3 space-y-2 text-roast-800">
        <p>
          {design === "holdout"
            ? "Each shopper is put in a group by a hash of their anonymous shopper id and this experiment's secret salt, decided on the server at their first page view and the same in every tab and on every server. Staff and crawlers are never included."
            : "The whole shop switches between open and closed kitchen in blocks of time, in pairs whose order is drawn at random. A shopper counts in each block they visit, except in the washout at the start of a block. Each complete pair of blocks is one observation: the open block's result minus the closed block's."}
        </p>
        <p>
          An exposure is stored at a shopper&apos;s first page view in the experiment. Only what they do after it,
          within the attribution window of {windowDays} days, counts: adding to a cart, starting checkout, placing an
          order, a paid order (paid, or delivered for pay on delivery, and not cancelled: the shop&apos;s one rule for a
          purchase), its revenue, and asking a question. Conversion is shoppers with a paid order divided by exposed
          shoppers. While paused, nothing is counted.
        </p>
        <p>
          The 95% intervals are <strong>confidence sequences</strong> (the asymptotic confidence sequence of
          Waudby-Smith et al., 2024, the method GrowthBook calls sequential testing): they stay valid however often you
          look, so checking every day does not make a chance difference look real. They are wider than a one-look
          interval; that is the price of looking whenever you like.
        </p>
        <p>
          No verdict is shown until each group has at least {MIN_SHOPPERS} shoppers and {MIN_PAID_ORDERS} paid orders,
          and while a health check fails: group sizes that do not match the split (χ² test, p &lt; 0.001), shoppers seen
          in both groups, or exposures that stopped arriving.
        </p>
      </div>
    </details>
  );
}
