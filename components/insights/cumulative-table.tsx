import type { CumulativePoint } from "@/lib/domains/experiments/cumulative-series";

const pp = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(2)} pp`);

/** The chart's numbers as a table: what the difference and its interval were at the end of each day. */
export function CumulativeTable({ points }: { points: CumulativePoint[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer underline underline-offset-2">The chart as a table</summary>
      <div className="mt-2 max-h-80 overflow-auto">
        <table className="w-full border-collapse" data-testid="cumulative-table">
          <caption className="sr-only">Difference in conversion, open minus closed, at the end of each day</caption>
          <thead>
            <tr className="border-b border-roast-200 text-left">
              <th scope="col" className="py-1 pr-3">
                Day
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Shoppers (open / closed)
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Difference
              </th>
              <th scope="col" className="py-1 text-right">
                95% interval
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day} className="border-b border-roast-100 tabular-nums">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {p.day}
                </th>
                <td className="py-1 pr-3 text-right">
                  {p.openShoppers} / {p.closedShoppers}
                </td>
                <td className="py-1 pr-3 text-right">{pp(p.estimate)}</td>
                <td className="py-1 text-right">{p.lower === null ? "—" : `${pp(p.lower)} to ${pp(p.upper)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
