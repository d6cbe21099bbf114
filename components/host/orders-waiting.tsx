import type { TFloor } from "@/lib/platform/contracts/qa";
import { RelativeTime } from "@/components/live/relative-time";

/** The floor's orders: how many wait to be prepared and to ship, and since when the oldest was placed. */
export function OrdersWaiting({ orders }: { orders: TFloor["orders"] }) {
  const rows = [
    { label: "To prepare", status: "PLACED", ...orders.toPrepare },
    { label: "To ship", status: "PREPARING", ...orders.toShip },
  ];
  return (
    <div className="mt-4">
      <h3 className="text-sm font-semibold text-roast-900">Orders waiting</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {rows.map((row) => (
          <li key={row.status} className="flex flex-wrap items-baseline justify-between gap-x-3">
            <a
              href={`/admin/orders?status=${row.status}`}
              className="font-medium text-roast-900 underline underline-offset-2 hover:text-leaf-700"
            >
              {row.label}: <span className="tabular-nums">{row.count}</span>
            </a>
            <span className="text-roast-700">
              {row.oldestAt ? (
                <>
                  oldest placed <RelativeTime iso={row.oldestAt} />
                </>
              ) : (
                "none waiting"
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
