import type { TFloor } from "@/lib/platform/contracts/qa";
import { formatStoreTime } from "@/lib/platform/time/store-time";
import { HowCounted } from "@/components/live/how-counted";
import { OrdersWaiting } from "./orders-waiting";

function NewTabLink({ href, children }: { href: string; children: string }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="font-medium text-roast-900 underline underline-offset-2 hover:text-leaf-700"
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

/** Who is in the shop right now, as counts: the host sees the floor, never the people's identities. */
export function LiveFloor({
  floor,
  connected,
  timeZone,
}: {
  floor: TFloor | null;
  connected: boolean;
  timeZone: string;
}) {
  const products = floor ? [...floor.products].sort((a, b) => b.viewers - a.viewers) : [];
  const carts = floor ? [...floor.cartsInProgress].sort((a, b) => b.carts - a.carts) : [];
  return (
    <section aria-labelledby="floor-heading" className="rounded-xl border border-roast-200 bg-white p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="floor-heading" className="text-lg font-semibold">
          Live floor
        </h2>
        {floor ? (
          <p className="text-xs text-roast-700">
            updated <time dateTime={floor.at}>{formatStoreTime(floor.at, timeZone, { withDate: false })}</time>
            {connected ? "" : " · reconnecting…"}
          </p>
        ) : null}
      </div>
      {!floor ? (
        <p className="mt-2 text-sm text-roast-700">{connected ? "Loading the floor…" : "Connecting to the shop…"}</p>
      ) : (
        <>
          <p className="mt-2 text-3xl font-semibold text-roast-900">
            {floor.shoppersInShop}{" "}
            <span className="text-base font-normal text-roast-700">
              {floor.shoppersInShop === 1 ? "shopper" : "shoppers"} in the shop now
            </span>
          </p>
          <h3 className="mt-4 text-sm font-semibold text-roast-900">Being looked at now</h3>
          {products.length === 0 ? (
            <p className="text-sm text-roast-700">Nobody is on a product page right now.</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {products.map((p) => (
                <li key={p.id} className="flex items-baseline justify-between gap-3">
                  <NewTabLink href={`/products/${encodeURIComponent(p.slug)}`}>{p.title}</NewTabLink>
                  <span className="shrink-0 tabular-nums text-roast-700">{p.viewers} looking</span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-4 text-sm font-semibold text-roast-900">In carts, not yet bought</h3>
          {carts.length === 0 ? (
            <p className="text-sm text-roast-700">No carts in progress.</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {carts.map((c) => (
                <li key={c.productId} className="flex items-baseline justify-between gap-3">
                  <span className="text-roast-900">{c.title}</span>
                  <span className="shrink-0 tabular-nums text-roast-700">
                    {c.carts} {c.carts === 1 ? "cart" : "carts"}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <OrdersWaiting orders={floor.orders} />
        </>
      )}
      <div className="mt-4">
        <HowCounted>
          <p>
            Anonymized: counts of people, never who they are. These are the same live counts shoppers see — one person
            with several tabs counts once; staff, invisible shoppers and browsers sending Global Privacy Control are not
            counted.
          </p>
          <p>
            Shoppers only see a count once it reaches the threshold the store set; here you also see smaller counts,
            because only staff see this page.
          </p>
          <p>
            Orders waiting: placed and not yet being prepared, or being prepared and not yet shipped; the wait runs from
            when the buyer placed the order.
          </p>
        </HowCounted>
      </div>
    </section>
  );
}
