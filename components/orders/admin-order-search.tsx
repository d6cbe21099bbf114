import type { TOrderStatus } from "@/lib/platform/contracts/orders";

/** A plain GET form: the search lives in the URL, so it can be bookmarked and works without JavaScript. */
export function AdminOrderSearch({ q, status }: { q: string | undefined; status: TOrderStatus | undefined }) {
  return (
    <form role="search" action="/admin/orders" method="get" className="flex flex-wrap items-end gap-2">
      {status ? <input type="hidden" name="status" value={status} /> : null}
      <div className="min-w-0 flex-1 sm:max-w-md">
        <label htmlFor="orders-q" className="block text-sm font-medium text-roast-900">
          Search orders
        </label>
        <input
          id="orders-q"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          maxLength={100}
          aria-describedby="orders-q-hint"
          className="mt-1 block w-full rounded-md border border-roast-200 bg-white px-3 py-2 text-roast-900 shadow-sm focus:border-leaf-600 focus:outline-none focus:ring-2 focus:ring-leaf-600/40"
        />
        <p id="orders-q-hint" className="mt-1 text-xs text-roast-700">
          An order number (#1042), or the start of the buyer’s email or name.
        </p>
      </div>
      <button
        type="submit"
        className="mb-5 rounded-md bg-roast-900 px-4 py-2 text-sm font-medium text-white hover:bg-roast-700"
      >
        Search
      </button>
    </form>
  );
}
