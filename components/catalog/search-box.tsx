import { SEARCH_MAX_LENGTH } from "@/lib/platform/contracts/search";

/** A plain GET form: works without JavaScript and gives /search a shareable URL. */
export function SearchBox({
  id = "site-search",
  defaultValue = "",
  className = "max-w-sm",
}: {
  id?: string;
  defaultValue?: string;
  className?: string;
}) {
  return (
    <form role="search" action="/search" method="get" className={`flex w-full items-center gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Search products
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder="Search beans, brewers…"
        className="w-full rounded-full border border-roast-300 bg-white px-4 py-2 text-sm text-roast-900 placeholder:text-roast-700"
      />
      <button
        type="submit"
        className="shrink-0 rounded-full bg-roast-900 px-4 py-2 text-sm font-semibold text-roast-50 hover:bg-roast-700"
      >
        Search
      </button>
    </form>
  );
}
