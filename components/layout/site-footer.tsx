import Link from "next/link";

export function SiteFooter({ storeName }: { storeName: string }) {
  return (
    <footer className="mt-20 border-t border-roast-200 bg-roast-900 text-roast-100">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-display text-xl text-roast-50">{storeName}</p>
          <p className="mt-2 text-sm text-roast-200">
            Small-batch coffee and the gear to brew it, from people you can actually talk to.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-2 text-sm">
            <li>
              <Link href="/" className="hover:underline">
                Shop
              </Link>
            </li>
            <li>
              <Link href="/search" className="hover:underline">
                Search
              </Link>
            </li>
            <li>
              <Link href="/cart" className="hover:underline">
                Cart
              </Link>
            </li>
            <li>
              <Link href="/orders" className="hover:underline">
                Your orders
              </Link>
            </li>
          </ul>
        </nav>
        <p className="text-sm text-roast-200 sm:text-right">An open kitchen: every number you see here is real.</p>
      </div>
    </footer>
  );
}
