import Link from "next/link";
import { ExperimentNotice } from "@/components/live/experiment-notice";

export function SiteFooter({ storeName, experimentRunning }: { storeName: string; experimentRunning: boolean }) {
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
      {experimentRunning ? (
        <details className="mx-auto max-w-6xl px-4 pb-8 text-sm sm:px-6 [&_p]:text-roast-200">
          <summary className="cursor-pointer text-roast-100 underline underline-offset-2">
            This shop is running an experiment
          </summary>
          <div className="mt-2 max-w-2xl">
            <ExperimentNotice />
          </div>
        </details>
      ) : null}
    </footer>
  );
}
