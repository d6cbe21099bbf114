import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import { Price } from "@/components/ui/price";

export interface CartSummaryProps {
  itemCount: number;
  subtotalCents: number;
  currency: string;
}

export function CartSummary({ itemCount, subtotalCents, currency }: CartSummaryProps) {
  return (
    <section aria-labelledby="summary-title" className="rounded-2xl border border-roast-200 bg-white p-6">
      <h2 id="summary-title" className="text-xl text-roast-900">
        Summary
      </h2>
      <dl className="mt-4 space-y-2 text-sm">
        <div className="flex justify-between">
          <dt className="text-roast-700">Items</dt>
          <dd className="tabular-nums">{itemCount}</dd>
        </div>
        <div className="flex justify-between border-t border-roast-200 pt-2 text-base font-semibold">
          <dt>Subtotal</dt>
          <dd>
            <Price cents={subtotalCents} currency={currency} />
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-roast-700">Shipping is settled on delivery.</p>
      <Link href="/checkout" className={buttonClasses("primary", "mt-6 w-full py-3")}>
        Checkout
      </Link>
    </section>
  );
}
