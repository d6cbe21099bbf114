import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";

/** The 404 body, shared by the shop's own not-found and the app-wide one. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-xs font-semibold uppercase tracking-[0.25em] text-roast-700">404</p>
      <h1 className="mt-3 text-4xl text-roast-900">We could not find that page</h1>
      <p className="mt-4 text-roast-700">
        It may have sold out for good, moved, or never existed. The rest of the shop is right where you left it.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className={buttonClasses("primary")}>
          Back to the shop
        </Link>
        <Link href="/search" className={buttonClasses("secondary")}>
          Search
        </Link>
      </div>
    </div>
  );
}
