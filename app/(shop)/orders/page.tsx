import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { OrderLookupForm } from "@/components/orders/order-lookup-form";
import { ShopperOrderList } from "@/components/orders/shopper-order-list";
import { db } from "@/lib/platform/db/client";
import { listShopperOrders } from "@/lib/domains/orders/list-shopper-orders";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";
import { currentShopperId } from "@/lib/domains/shoppers/current-shopper";
import { findOrderAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your orders", robots: { index: false } };

// /orders: this browser's orders (its shopper cookie), and a lookup by number + email for any other order.
export default async function OrdersPage() {
  const shopperId = await currentShopperId();
  const database = db();
  const [orders, settings] = await Promise.all([
    shopperId ? listShopperOrders(database, shopperId) : Promise.resolve([]),
    getOrderSettings(database),
  ]);
  return (
    <>
      <PageHeading title="Your orders">
        <p>Orders placed from this browser. Each has a private link you can bookmark to open it anywhere.</p>
      </PageHeading>
      <div className="grid gap-10 lg:grid-cols-[1fr_24rem]">
        <section aria-labelledby="mine-title">
          <h2 id="mine-title" className="sr-only">
            Orders from this browser
          </h2>
          {orders.length === 0 ? (
            <p className="rounded-2xl border border-dashed border-roast-300 bg-white/60 px-6 py-8 text-roast-700">
              No orders from this browser yet.{" "}
              <Link href="/" className="font-semibold underline underline-offset-2">
                Browse the shop
              </Link>
              , or find an order placed elsewhere.
            </p>
          ) : (
            <ShopperOrderList orders={orders} timeZone={settings.timezone} preparingLabel={settings.preparingLabel} />
          )}
        </section>
        <div className="rounded-2xl border border-roast-200 bg-white p-5">
          <OrderLookupForm action={findOrderAction} />
        </div>
      </div>
    </>
  );
}
