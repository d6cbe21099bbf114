"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { CART_CHANGED_EVENT } from "./cart-events";

/**
 * The header's cart link. It asks GET /api/cart in the browser so the server-rendered header never
 * reads cookies and product pages stay cacheable.
 */
export function CartCountLink() {
  const [count, setCount] = useState<number | null>(null);
  // Re-read on every navigation: checkout empties the cart and then navigates to the order.
  const pathname = usePathname();

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const response = await fetch("/api/cart", { cache: "no-store", credentials: "same-origin" });
        if (!response.ok) return;
        const body = (await response.json()) as { itemCount?: unknown };
        if (!cancelled && typeof body.itemCount === "number") setCount(body.itemCount);
      } catch {
        // Offline or server restarting: keep the last known count.
      }
    };
    const onChanged = (event: Event) => {
      const detail = (event as CustomEvent<{ itemCount?: number }>).detail;
      if (typeof detail?.itemCount === "number") setCount(detail.itemCount);
      else void load();
    };
    void load();
    window.addEventListener(CART_CHANGED_EVENT, onChanged);
    return () => {
      cancelled = true;
      window.removeEventListener(CART_CHANGED_EVENT, onChanged);
    };
  }, [pathname]);

  // The name is the visible text plus "item(s)" ("Cart 2 items"), so speech input can say what it shows.
  return (
    <Link
      href="/cart"
      // The cart is rendered per shopper: a prefetch could never be reused, and Next fetched it twice.
      prefetch={false}
      className="inline-flex h-9 shrink-0 items-center gap-1.5 rounded-full border border-roast-300 bg-white px-3 text-sm font-semibold text-roast-900 hover:bg-roast-100 sm:h-auto sm:gap-2 sm:px-4 sm:py-2"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6" />
        <circle cx="10" cy="20" r="1" />
        <circle cx="17" cy="20" r="1" />
      </svg>
      {/* On phones the icon and the number show it in less room; the word stays in the name. */}
      <span className="max-sm:sr-only">Cart</span>{" "}
      <span
        aria-hidden={count === null ? true : undefined}
        className="min-w-6 rounded-full bg-roast-900 px-1.5 text-center text-xs leading-5 text-roast-50 tabular-nums"
      >
        {count ?? "·"}
      </span>
      {count === null ? null : <span className="sr-only"> {count === 1 ? "item" : "items"}</span>}
    </Link>
  );
}
