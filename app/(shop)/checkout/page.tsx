import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { placeOrderAction } from "./actions";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { OrderLines } from "@/components/checkout/order-lines";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { getCart } from "@/lib/domains/cart/cart";
import { countryOptions } from "@/lib/domains/checkout/countries";
import { paymentMethodLabel } from "@/lib/domains/checkout/payment-providers";
import { PAYMENT_METHODS } from "@/lib/platform/contracts/checkout";
import { db } from "@/lib/platform/db/client";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { currentShopperId } from "@/lib/domains/shoppers/current-shopper";
import { recordOutcome } from "@/lib/domains/experiments/record-outcome";

// Per request: it reads the shopper's cart, and the build has no database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

const PAYMENT_DESCRIPTIONS: Record<string, string> = {
  pay_on_delivery: "Pay the courier when your parcel arrives. Nothing is charged now.",
};

// /checkout: per request (reads the shopper's cart); a fresh idempotency key per render makes a
// double-submitted form place one order, not two.
export default async function CheckoutPage() {
  const shopperId = await currentShopperId();
  const [cart, settings] = await Promise.all([shopperId ? getCart(db(), shopperId) : null, getCachedStoreSettings()]);

  if (!cart || cart.lines.length === 0) {
    return (
      <>
        <PageHeading title="Checkout" />
        <EmptyState title="Your cart is empty">
          <Link href="/" className="font-semibold text-roast-900 underline underline-offset-4">
            Back to the shop
          </Link>
        </EmptyState>
      </>
    );
  }

  // "Started checkout", for an experiment the shopper is in (nothing is written otherwise).
  if (shopperId) after(() => recordOutcome(db(), { shopperId, kind: "CHECKOUT_START" }));

  const paymentMethods = PAYMENT_METHODS.map((id) => ({
    id,
    label: paymentMethodLabel(id),
    description: PAYMENT_DESCRIPTIONS[id] ?? "",
  }));

  return (
    <>
      <PageHeading title="Checkout" />
      {/* The summary comes first, so on phones it is read before "Place order"; wide screens put it on the right. */}
      <div className="grid gap-6 sm:gap-10 lg:grid-cols-[1fr_22rem]">
        <aside
          aria-labelledby="checkout-summary"
          className="h-fit rounded-2xl border border-roast-200 bg-white p-4 sm:p-6 lg:col-start-2 lg:row-start-1"
        >
          <h2 id="checkout-summary" className="mb-3 text-xl text-roast-900">
            Your order
          </h2>
          <OrderLines
            lines={cart.lines.map((l) => ({
              key: l.productId,
              title: l.title,
              quantity: l.quantity,
              unitPriceCents: l.unitPriceCents,
            }))}
            totalCents={cart.subtotalCents}
            totalLabel="Total"
            currency={settings.currency}
          />
          <Link
            href="/cart"
            className="mt-4 inline-block text-sm font-semibold text-roast-900 underline underline-offset-4"
          >
            Change your cart
          </Link>
        </aside>
        <div className="lg:col-start-1 lg:row-start-1">
          <CheckoutForm
            idempotencyKey={randomUUID()}
            countries={countryOptions()}
            paymentMethods={paymentMethods}
            action={placeOrderAction}
          />
        </div>
      </div>
    </>
  );
}
