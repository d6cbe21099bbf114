import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ConfirmationEmailNote } from "@/components/checkout/confirmation-email-note";
import { PageHeading } from "@/components/ui/page-heading";
import { OrderLiveTimeline } from "@/components/orders/order-live-timeline";
import { OrderSummaryPanels } from "@/components/orders/order-summary-panels";
import { PrivateLink } from "@/components/orders/private-link";
import { formatStoreTime } from "@/lib/platform/time/store-time";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { orderNumberLabel } from "@/lib/platform/contracts/orders";
import { db } from "@/lib/platform/db/client";
import { confirmationMailState } from "@/lib/domains/mail/confirmation-mail-state";
import { getOrder } from "@/lib/domains/orders/get-order";
import { getOrderTimeline } from "@/lib/domains/orders/get-order-timeline";
import { orderAccess } from "@/lib/domains/orders/order-access";
import { orderPrivateLink } from "@/lib/domains/orders/order-link";
import { authSecret } from "@/lib/platform/http/runtime-config";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { currentShopperId } from "@/lib/domains/shoppers/current-shopper";

// Per request: who may see the order depends on the viewer's cookie or the link's key.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your order", robots: { index: false }, referrer: "no-referrer" };

interface OrderPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// /orders/[id]: the buyer (their shopper cookie, or the order's private link ?key=…) and staff; everyone
// else gets the same 404 as for an order that does not exist.
export default async function OrderPage({ params, searchParams }: OrderPageProps) {
  const { id } = await params;
  const rawKey = (await searchParams).key;
  const key = typeof rawKey === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(rawKey) ? rawKey : null;
  if (!z.uuid().safeParse(id).success) notFound();
  const [shopperId, staff] = await Promise.all([currentShopperId(), currentStaff()]);
  const database = db();
  const access = await orderAccess(database, id, { shopperId, staff, key }, authSecret());
  if (!access) notFound();
  const [order, timeline, settings, store, mailState] = await Promise.all([
    getOrder(database, id),
    getOrderTimeline(database, id),
    getOrderSettings(database),
    getCachedStoreSettings(),
    confirmationMailState(database, id),
  ]);
  if (!order || !timeline) notFound();

  return (
    <>
      <PageHeading eyebrow={`Order ${orderNumberLabel(order.number)}`} title={`Thank you, ${order.customerName}`}>
        <p>
          Placed on <time dateTime={order.createdAt}>{formatStoreTime(order.createdAt, settings.timezone)}</time>.{" "}
          {/* Only what the outbox knows; with no confirmation queued, the private link is the way back. */}
          {mailState ? (
            <ConfirmationEmailNote state={mailState} email={order.email} />
          ) : (
            "Keep the private link below to find this order again."
          )}
        </p>
        {access === "staff" ? (
          <p className="mt-2 text-sm">
            You are signed in as staff.{" "}
            <Link href={`/admin/orders/${order.id}`} className="font-semibold underline underline-offset-2">
              Open this order in the orders screen
            </Link>
          </p>
        ) : null}
      </PageHeading>

      <section aria-labelledby="progress-title" className="mb-10 rounded-2xl border border-roast-200 bg-white p-6">
        <h2 id="progress-title" className="mb-4 text-xl text-roast-900">
          Progress
        </h2>
        <OrderLiveTimeline
          initial={timeline}
          linkKey={access === "link" ? key : null}
          preparingLabel={settings.preparingLabel}
          timeZone={settings.timezone}
          storeName={store.name}
          buyerView={access !== "staff"}
        />
      </section>

      <div className="mb-10">
        <OrderSummaryPanels order={order} timeZone={settings.timezone} showPaid={false} />
      </div>

      <PrivateLink url={orderPrivateLink(order.id)} />
    </>
  );
}
