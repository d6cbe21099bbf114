import type { InsightRow } from "@/lib/domains/experiments/read-observational-insights";
import { formatPercent } from "./format-effect";

/** One observational split: shoppers and conversion per row, nothing that claims a cause. */
export function InsightsTable({ title, rows }: { title: string; rows: InsightRow[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-1 text-left font-semibold text-roast-900">{title}</caption>
      <thead>
        <tr className="border-b border-roast-200 text-left">
          <th scope="col" className="py-1 pr-3 font-medium">
            Shoppers who…
          </th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">
            Shoppers
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Conversion
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-b border-roast-100 tabular-nums">
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              {r.label}
            </th>
            <td className="py-1 pr-3 text-right">{r.shoppers}</td>
            <td className="py-1 text-right">{r.shoppers > 0 ? formatPercent(r.converted / r.shoppers) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
