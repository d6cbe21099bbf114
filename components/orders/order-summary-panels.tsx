import type { OrderDetail } from "@/lib/domains/orders/get-order";
import { countryName } from "@/lib/domains/checkout/countries";
import { paymentMethodLabel } from "@/lib/domains/checkout/payment-providers";
import { OrderLines } from "@/components/checkout/order-lines";
import { formatStoreTime } from "@/lib/platform/time/store-time";

/** Items and total, delivery address and payment: the same facts on the buyer's page and the admin's. */
export function OrderSummaryPanels({
  order,
  timeZone,
  showPaid,
}: {
  order: OrderDetail;
  timeZone: string;
  /** Staff pages show whether it is paid here; the buyer's live timeline shows the payment as a step. */
  showPaid: boolean;
}) {
  return (
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
            {[order.customerName, ...order.address, countryName(order.country)].map((line, index) => (
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
          {showPaid ? (
            <p className="text-sm text-roast-700">
              {order.paidAt ? (
                <>
                  Paid{" "}
                  <time dateTime={order.paidAt} suppressHydrationWarning>
                    {formatStoreTime(order.paidAt, timeZone)}
                  </time>
                </>
              ) : order.status === "CANCELLED" ? (
                "Not paid"
              ) : (
                "Not paid yet"
              )}
            </p>
          ) : null}
        </section>
      </div>
    </div>
  );
}
