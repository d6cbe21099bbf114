import Link from "next/link";
import { orderNumberLabel, type TOrderSummary } from "@/lib/platform/contracts/orders";
import { formatMoney } from "@/lib/platform/money/format-money";
import { DataTable } from "@/components/ui/data-table";
import { stretchedLinkClass } from "@/components/ui/stretched-link";
import { OrderStatusBadge } from "./order-status-badge";
import { formatStoreTime } from "@/lib/platform/time/store-time";

/** The orders of one page, each row opening its order; rows that arrived live while the page was open are marked "new". */
export function AdminOrdersTable({
  orders,
  timeZone,
  fresh,
}: {
  orders: TOrderSummary[];
  timeZone: string;
  fresh: ReadonlySet<string>;
}) {
  return (
    <DataTable
      caption="Orders, newest first"
      columns={[
        { label: "Order" },
        { label: "Placed" },
        { label: "Buyer" },
        { label: "Items", align: "right" },
        { label: "Total", align: "right" },
        { label: "Status" },
      ]}
    >
      {orders.map((o) => (
        <tr
          key={o.id}
          className={`group relative border-t border-roast-100 align-top hover:bg-roast-50 ${fresh.has(o.id) ? "bg-amber-50" : ""}`}
        >
          <td className="px-3 py-2">
            <Link
              href={`/admin/orders/${o.id}`}
              className={`font-semibold text-roast-900 underline-offset-4 group-hover:underline ${stretchedLinkClass}`}
            >
              {orderNumberLabel(o.number)}
            </Link>
            {fresh.has(o.id) ? (
              <span className="ml-2 rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">new</span>
            ) : null}
          </td>
          <td className="whitespace-nowrap px-3 py-2 text-roast-800">
            <time dateTime={o.createdAt} suppressHydrationWarning>
              {formatStoreTime(o.createdAt, timeZone)}
            </time>
          </td>
          <td className="px-3 py-2">
            <div className="text-roast-900">{o.customerName}</div>
            <div className="text-xs text-roast-700">{o.email}</div>
          </td>
          <td className="px-3 py-2 text-right tabular-nums">{o.itemCount}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatMoney(o.totalCents, o.currency)}</td>
          <td className="px-3 py-2">
            <OrderStatusBadge status={o.status} paid={o.paidAt !== null} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
