import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OrderLines } from "@/components/checkout/order-lines";
import { OrderStatusProgress } from "@/components/checkout/order-status-progress";
import { ConfirmationEmailNote } from "@/components/checkout/confirmation-email-note";
import { PageHeading } from "@/components/ui/page-heading";
import { currentStaff } from "@/lib/auth/staff-session";
import { countryName } from "@/lib/checkout/countries";
import { paymentMethodLabel } from "@/lib/checkout/payment-providers";
import { getOrderForViewer } from "@/lib/checkout/read-order";
import { db } from "@/lib/db/client";
import { confirmationMailState } from "@/lib/mail/confirmation-mail-state";
import { currentShopperId } from "@/lib/shoppers/current-shopper";

// Per request: who may see the order depends on the viewer's cookie.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };

interface OrderPageProps {
  params: Promise<{ id: string }>;
}

// /orders/[id]: only the shopper who placed the order, or staff; everyone else gets the same 404.
export default async function OrderPage({ params }: OrderPageProps) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [shopperId, staff] = await Promise.all([currentShopperId(), currentStaff()]);
  const [order, mailState] = await Promise.all([
    getOrderForViewer(db(), id, { shopperId, isStaff: staff !== null }),
    confirmationMailState(db(), id),
  ]);
  if (!order) notFound();

  const placedOn = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(
    new Date(order.createdAt),
  );
  const address = order.address.map((line, index) =>
    index === order.address.length - 1 && /^[A-Z]{2}$/.test(line) ? countryName(line) : line,
  );

  return (
    <>
      <PageHeading eyebrow={`Order ${order.id.slice(0, 8).toUpperCase()}`} title={`Thank you, ${order.customerName}`}>
        <p>
          Placed on {placedOn} UTC. <ConfirmationEmailNote state={mailState} email={order.email} />
        </p>
      </PageHeading>

      <section aria-labelledby="progress-title" className="mb-10 rounded-2xl border border-roast-200 bg-white p-6">
        <h2 id="progress-title" className="mb-4 text-xl text-roast-900">
          Progress
        </h2>
        <OrderStatusProgress status={order.status} />
      </section>

      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="items-title">
          <h2 id="items-title" className="mb-3 text-xl text-roast-900">
            Items
          </h2>
          <OrderLines
            lines={order.items.map((item, index) => ({ key: `${item.productId}-${index}`, ...item }))}
            totalCents={order.totalCents}
            totalLabel="Total"
            currency={order.currency}
          />
        </section>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="address-title">
            <h2 id="address-title" className="mb-2 text-xl text-roast-900">
              Delivery address
            </h2>
            <address className="not-italic leading-relaxed text-roast-800">
              {[order.customerName, ...address].map((line, index) => (
                <span key={index} className="block">
                  {line}
                </span>
              ))}
            </address>
          </section>
          <section aria-labelledby="payment-title">
            <h2 id="payment-title" className="mb-2 text-xl text-roast-900">
              Payment
            </h2>
            <p className="text-roast-800">{paymentMethodLabel(order.paymentMethod)}</p>
          </section>
        </div>
      </div>
    </>
  );
}
