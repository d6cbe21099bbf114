import Link from "next/link";
import { ORDER_STATUSES, ORDER_STATUS_LABELS, type TOrderStatus } from "@/lib/platform/contracts/orders";

export type OrderCounts = Record<TOrderStatus | "all", number>;

/** The list's URL for a tab, keeping the search; a new tab starts at the newest orders. */
export function ordersHref(status: TOrderStatus | undefined, q: string | undefined, after?: string): string {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (q) params.set("q", q);
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `/admin/orders?${query}` : "/admin/orders";
}

/** Status tabs with how many orders each holds (with the search applied). */
export function AdminOrderTabs({
  counts,
  current,
  q,
}: {
  counts: OrderCounts;
  current: TOrderStatus | undefined;
  q: string | undefined;
}) {
  const tabs: { status: TOrderStatus | undefined; label: string; count: number }[] = [
    { status: undefined, label: "All", count: counts.all },
    ...ORDER_STATUSES.map((s) => ({ status: s, label: ORDER_STATUS_LABELS[s], count: counts[s] })),
  ];
  return (
    <nav aria-label="Order status">
      <ul className="flex flex-wrap gap-1 border-b border-roast-200">
        {tabs.map((tab) => {
          const active = tab.status === current;
          return (
            <li key={tab.label}>
              <Link
                href={ordersHref(tab.status, q)}
                aria-current={active ? "page" : undefined}
                className={`-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600 ${
                  active ? "border-roast-900 text-roast-900" : "border-transparent text-roast-700 hover:text-roast-900"
                }`}
              >
                {tab.label}
                <span className="rounded-full bg-roast-100 px-1.5 text-xs tabular-nums text-roast-900">
                  {tab.count}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
