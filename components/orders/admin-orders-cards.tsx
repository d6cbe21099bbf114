import Link from "next/link";
import { orderNumberLabel, type TOrderSummary } from "@/lib/platform/contracts/orders";
import { formatMoney } from "@/lib/platform/money/format-money";
import { OrderStatusBadge } from "./order-status-badge";
import { formatStoreTime } from "@/lib/platform/time/store-time";
import { stretchedLinkClass } from "@/components/ui/stretched-link";

/** The same rows as cards, for narrow screens where a six-column table would scroll sideways; a card is one target. */
export function AdminOrdersCards({
  orders,
  timeZone,
  fresh,
}: {
  orders: TOrderSummary[];
  timeZone: string;
  fresh: ReadonlySet<string>;
}) {
  return (
    <ul aria-label="Orders, newest first" className="space-y-2">
      {orders.map((o) => (
        <li
          key={o.id}
          className={`relative rounded-lg border border-roast-200 p-3 hover:border-roast-500 ${fresh.has(o.id) ? "bg-amber-50" : "bg-white"}`}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link
              href={`/admin/orders/${o.id}`}
              className={`font-semibold text-roast-900 underline underline-offset-4 after:rounded-lg ${stretchedLinkClass}`}
            >
              {orderNumberLabel(o.number)}
            </Link>
            <OrderStatusBadge status={o.status} paid={o.paidAt !== null} />
          </div>
          <p className="mt-1 text-sm text-roast-900">
            {o.customerName} · <span className="tabular-nums">{formatMoney(o.totalCents, o.currency)}</span>
            {fresh.has(o.id) ? (
              <span className="ml-2 rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">new</span>
            ) : null}
          </p>
          <p className="text-xs text-roast-700">
            <time dateTime={o.createdAt} suppressHydrationWarning>
              {formatStoreTime(o.createdAt, timeZone)}
            </time>{" "}
            · {o.itemCount} {o.itemCount === 1 ? "item" : "items"} · {o.email}
          </p>
        </li>
      ))}
    </ul>
  );
}
