import { SearchBox } from "./search-box";

/**
 * Phones only: the search form behind a button, so it costs the header no row until it is wanted.
 * A native <details> (no JavaScript); the form opens as a panel under the header and submits as a plain
 * GET, which reloads the page and closes it again.
 */
export function PhoneSearch() {
  return (
    <details className="group sm:hidden">
      <summary className="flex size-9 cursor-pointer list-none items-center justify-center rounded-full border border-roast-300 bg-white text-roast-900 hover:bg-roast-100 group-open:bg-roast-900 group-open:text-roast-50 [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="sr-only">Search</span>
      </summary>
      <div className="absolute inset-x-0 top-full z-30 border-b border-roast-200 bg-roast-50 px-4 py-3 shadow-md">
        <SearchBox id="phone-search" className="max-w-none" />
      </div>
    </details>
  );
}
