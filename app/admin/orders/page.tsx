import type { Metadata } from "next";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { RealtimeProvider } from "@/components/live/realtime-provider";
import { AdminLiveOrders } from "@/components/orders/admin-live-orders";
import { AdminOrderSearch } from "@/components/orders/admin-order-search";
import { ZOrderListQuery } from "@/lib/platform/contracts/orders";
import { db } from "@/lib/platform/db/client";
import { listOrders } from "@/lib/domains/orders/list-orders";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Orders" };

interface OrdersPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// /admin/orders — hosts and owners: every order, newest first, by status, searched, live.
export default async function AdminOrdersPage({ searchParams }: OrdersPageProps) {
  if (!(await staffForPage("host", "/admin/orders"))) return <ForbiddenNotice needed="host" />;
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = ZOrderListQuery.parse({ status: first(raw.status), q: first(raw.q), after: first(raw.after) });
  const database = db();
  const [list, settings] = await Promise.all([listOrders(database, query), getOrderSettings(database)]);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">Orders</h1>
      <AdminOrderSearch q={query.q} status={query.status} />
      <RealtimeProvider>
        <AdminLiveOrders
          key={`${query.status ?? "all"}|${query.q ?? ""}|${query.after ?? ""}`}
          initial={list.orders}
          counts={list.counts}
          status={query.status}
          q={query.q}
          firstPage={!query.after}
          next={list.next}
          timeZone={settings.timezone}
        />
      </RealtimeProvider>
    </main>
  );
}
