import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { z } from "zod";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { RealtimeProvider } from "@/components/live/realtime-provider";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { OrderLiveTimeline } from "@/components/orders/order-live-timeline";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderStepPanel } from "@/components/orders/order-step-panel";
import { OrderSummaryPanels } from "@/components/orders/order-summary-panels";
import { formatStoreTime } from "@/lib/platform/time/store-time";
import { orderNumberLabel } from "@/lib/platform/contracts/orders";
import { db } from "@/lib/platform/db/client";
import { getOrder } from "@/lib/domains/orders/get-order";
import { getOrderTimeline } from "@/lib/domains/orders/get-order-timeline";
import { mayCancel } from "@/lib/domains/orders/order-permissions";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { advanceOrderAction, cancelOrderAction, markPaidAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Order" };

// /admin/orders/[id] — hosts and owners: the order, its full timeline, and its next step.
export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await staffForPage("host", `/admin/orders/${id}`);
  if (!staff) return <ForbiddenNotice needed="host" />;
  if (!z.uuid().safeParse(id).success) notFound();
  const database = db();
  const [order, timeline, settings, store] = await Promise.all([
    getOrder(database, id),
    getOrderTimeline(database, id),
    getOrderSettings(database),
    getCachedStoreSettings(),
  ]);
  if (!order || !timeline) notFound();
  const label = orderNumberLabel(order.number);

  return (
    <main className="space-y-8">
      <Breadcrumb crumbs={[{ label: "Orders", href: "/admin/orders" }, { label }]} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Order {label}</h1>
        <OrderStatusBadge status={order.status} paid={order.paidAt !== null} />
      </div>
      <p className="-mt-6 text-sm text-roast-700">
        Placed {formatStoreTime(order.createdAt, settings.timezone)} by {order.customerName} ·{" "}
        <a href={`mailto:${order.email}`} className="underline underline-offset-2">
          {order.email}
        </a>
      </p>
      <RealtimeProvider>
        <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
          <div className="space-y-8">
            <OrderSummaryPanels order={order} timeZone={settings.timezone} showPaid />
            <section aria-labelledby="timeline-title" className="rounded-2xl border border-roast-200 bg-white p-5">
              <h2 id="timeline-title" className="mb-4 text-lg font-semibold">
                Timeline
              </h2>
              <OrderLiveTimeline
                key={timeline.steps.length}
                initial={timeline}
                linkKey={null}
                preparingLabel={settings.preparingLabel}
                timeZone={settings.timezone}
                storeName={store.name}
                buyerView={false}
              />
            </section>
          </div>
          <div className="order-first lg:order-none">
            <OrderStepPanel
              orderId={order.id}
              status={order.status}
              paid={order.paidAt !== null}
              preparingLabel={settings.preparingLabel}
              canCancel={mayCancel(staff)}
              clickKeys={{ advance: randomUUID(), cancel: randomUUID(), paid: randomUUID() }}
              advance={advanceOrderAction}
              cancel={cancelOrderAction}
              markPaid={markPaidAction}
            />
          </div>
        </div>
      </RealtimeProvider>
    </main>
  );
}
