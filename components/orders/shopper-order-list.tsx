import Link from "next/link";
import { ORDER_STATUS_LABELS, orderNumberLabel } from "@/lib/platform/contracts/orders";
import type { ShopperOrderRow } from "@/lib/domains/orders/list-shopper-orders";
import { Price } from "@/components/ui/price";
import { formatStoreTime } from "@/lib/platform/time/store-time";

/** The orders this browser placed, newest first, each linking to its page. */
export function ShopperOrderList({
  orders,
  timeZone,
  preparingLabel,
}: {
  orders: ShopperOrderRow[];
  timeZone: string;
  preparingLabel: string;
}) {
  return (
    <ul aria-label="Your orders" className="divide-y divide-roast-200 rounded-2xl border border-roast-200 bg-white">
      {orders.map((order) => (
        <li key={order.id}>
          <Link
            href={`/orders/${order.id}`}
            className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 px-5 py-4 hover:bg-roast-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600"
          >
            <span className="font-semibold text-roast-900">Order {orderNumberLabel(order.number)}</span>
            <span className="text-sm text-roast-700">{formatStoreTime(order.createdAt, timeZone)}</span>
            <span className="text-sm text-roast-800">
              {order.status === "PREPARING" ? preparingLabel : ORDER_STATUS_LABELS[order.status]} · {order.itemCount}{" "}
              {order.itemCount === 1 ? "item" : "items"}
            </span>
            <Price cents={order.totalCents} currency={order.currency} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
