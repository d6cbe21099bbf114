import Link from "next/link";
import type { TKitchenUpdate } from "@/lib/platform/contracts/kitchen";
import { HostAvatar } from "@/components/qa/host-avatar";
import { RelativeTime } from "@/components/live/relative-time";

/** One update: who in the kitchen wrote it, when, and what it is about. Text only, never markup. */
export function KitchenUpdateItem({ update }: { update: TKitchenUpdate }) {
  return (
    <li className="flex gap-3" data-testid="kitchen-update">
      <HostAvatar name={update.author.name} avatarUrl={update.author.avatarUrl} size={32} />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-sm text-roast-700">
          <span className="font-semibold text-roast-900">{update.author.name}</span>
          <span aria-hidden="true">·</span>
          <RelativeTime iso={update.at} />
          {update.edited ? <span className="italic">(edited)</span> : null}
        </p>
        <p className="mt-1 whitespace-pre-line break-words text-roast-800">{update.body}</p>
        {update.imageUrl ? (
          <img src={update.imageUrl} alt="" className="mt-2 max-h-60 rounded-lg object-cover" loading="lazy" />
        ) : null}
        {update.products.length > 0 ? (
          <p className="mt-1 text-xs text-roast-700">
            About{" "}
            {update.products.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ", " : null}
                <Link href={`/products/${p.slug}`} className="underline underline-offset-2">
                  {p.title}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </li>
  );
}
