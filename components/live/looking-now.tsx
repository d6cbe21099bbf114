"use client";

import Link from "next/link";
import { useEffect } from "react";
import { productRoom } from "@/lib/platform/contracts/rooms";
import { useLive } from "./realtime-provider";
import { HowCounted } from "./how-counted";

interface LookingNowProps {
  products: { id: string; slug: string; title: string }[];
  threshold: number;
}

/** "Being looked at right now": products whose live viewer count is at or above the threshold. */
// Live numbers never sit in the HTML: the list fills once the socket's first answer arrives.
export function LookingNow({ products, threshold }: LookingNowProps) {
  const { counts, watchLookingNow } = useLive();
  useEffect(() => watchLookingNow(), [watchLookingNow]);
  const hot = products
    .map((p) => ({ ...p, count: counts[productRoom(p.id)] ?? null }))
    .filter((p): p is typeof p & { count: number } => p.count !== null)
    .sort((a, b) => b.count - a.count)
    .slice(0, 5);
  return (
    <section aria-labelledby="looking-now" className="space-y-2" data-testid="looking-now">
      <h2 id="looking-now" className="text-sm font-semibold uppercase tracking-wide text-roast-700">
        Being looked at right now
      </h2>
      {hot.length === 0 ? (
        <p className="text-sm text-roast-700">No product has {threshold} or more people on it at the moment.</p>
      ) : (
        <ul className="space-y-1" aria-live="polite">
          {hot.map((p) => (
            <li key={p.id} className="text-sm">
              <Link href={`/products/${p.slug}`} className="font-medium underline underline-offset-2">
                {p.title}
              </Link>{" "}
              <span className="text-leaf-600">· {p.count} looking</span>
            </li>
          ))}
        </ul>
      )}
      <HowCounted>
        <p>
          People with the product page open right now, each counted once however many tabs they use. Staff, invisible
          shoppers and browsers sending Global Privacy Control are not counted; products with fewer than {threshold}{" "}
          people are not listed.
        </p>
      </HowCounted>
    </section>
  );
}
