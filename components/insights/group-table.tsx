import { formatMoney } from "@/lib/platform/money/format-money";
import type { GroupSummary } from "@/lib/domains/experiments/group-summary";
import { formatPercent } from "./format-effect";

const NAMES = { open: "Open kitchen", closed: "Closed kitchen" } as const;

/** Per group: exposed shoppers, conversion, revenue per visitor, average order, add-to-cart rate, questions. */
export function GroupTable({ groups, currency }: { groups: GroupSummary[]; currency: string }) {
  const rows: [string, (g: GroupSummary) => string][] = [
    ["Exposed shoppers", (g) => g.shoppers.toLocaleString("en")],
    ["Paid orders", (g) => g.paidOrders.toLocaleString("en")],
    ["Conversion (shoppers with a paid order ÷ exposed)", (g) => formatPercent(g.conversion, 2)],
    ["Revenue per visitor", (g) => formatMoney(Math.round(g.revenuePerVisitorCents), currency)],
    [
      "Average order value",
      (g) => (g.averageOrderCents === null ? "—" : formatMoney(Math.round(g.averageOrderCents), currency)),
    ],
    ["Add-to-cart rate", (g) => formatPercent(g.addToCartRate)],
    ["Questions per 100 shoppers", (g) => g.questionsPer100.toFixed(1)],
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] border-collapse text-sm" data-testid="group-table">
        <caption className="sr-only">Each group&apos;s counts</caption>
        <thead>
          <tr className="border-b border-roast-200 text-left">
            <th scope="col" className="py-2 pr-3 font-medium">
              Measure
            </th>
            {groups.map((g) => (
              <th key={g.kitchen} scope="col" className="py-2 pr-3 text-right font-medium">
                {NAMES[g.kitchen]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-b border-roast-100">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {label}
              </th>
              {groups.map((g) => (
                <td key={g.kitchen} className="py-2 pr-3 text-right tabular-nums" data-kitchen-cell={g.kitchen}>
                  {value(g)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
