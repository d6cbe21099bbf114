import type { Metadata } from "next";
import Link from "next/link";
import { setCartQuantityAction } from "./actions";
import { CartCountSync } from "@/components/cart/cart-count-sync";
import { CartLine } from "@/components/cart/cart-line";
import { CartSummary } from "@/components/cart/cart-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { getCart, type CartDto } from "@/lib/domains/cart/cart";
import { db } from "@/lib/platform/db/client";
import { formatMoney } from "@/lib/platform/money/format-money";
import { getCachedStoreSettings } from "@/lib/domains/settings/cached-settings";
import { currentShopperId } from "@/lib/domains/shoppers/current-shopper";

// The shopper's own cart: per request, and never prerendered at build (no database there).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

const EMPTY: CartDto = { lines: [], itemCount: 0, subtotalCents: 0 };

// /cart: the shopper's own cart, so always rendered per request (it reads the shopper cookie).
export default async function CartPage() {
  const shopperId = await currentShopperId();
  const [cart, settings] = await Promise.all([
    shopperId ? getCart(db(), shopperId) : Promise.resolve(EMPTY),
    getCachedStoreSettings(),
  ]);

  return (
    <>
      <PageHeading title="Your cart" />
      <CartCountSync itemCount={cart.itemCount} />
      {/* Re-rendered after every change, so screen readers hear the new totals. */}
      <p role="status" aria-live="polite" className="sr-only">
        {cart.itemCount === 0
          ? "Your cart is empty."
          : `Your cart has ${cart.itemCount} ${cart.itemCount === 1 ? "item" : "items"}, subtotal ${formatMoney(cart.subtotalCents, settings.currency)}.`}
      </p>
      {cart.lines.length === 0 ? (
        <EmptyState title="Your cart is empty">
          <Link href="/" className="font-semibold text-roast-900 underline underline-offset-4">
            Find something good
          </Link>
        </EmptyState>
      ) : (
        <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
          <ul aria-label="Cart items" className="divide-y divide-roast-200 border-y border-roast-200">
            {cart.lines.map((line) => (
              <CartLine
                key={line.productId}
                line={line}
                currency={settings.currency}
                setQuantityAction={setCartQuantityAction}
              />
            ))}
          </ul>
          <div>
            <CartSummary itemCount={cart.itemCount} subtotalCents={cart.subtotalCents} currency={settings.currency} />
          </div>
        </div>
      )}
    </>
  );
}
