"use client";

import { useState } from "react";
import type { TKitchenUpdate } from "@/lib/platform/contracts/kitchen";
import { useLive } from "@/components/live/realtime-provider";
import { useSocketEvent } from "@/components/live/connection/use-socket";
import { KitchenUpdateItem } from "./kitchen-update-item";

function about(update: TKitchenUpdate, productId?: string): boolean {
  return !productId || update.products.length === 0 || update.products.some((p) => p.id === productId);
}

/**
 * "From the kitchen": the server-rendered (cached) newest updates, merged live with posts, edits and
 * removals. A product page keeps its own product's updates and the whole shop's.
 */
export function KitchenUpdates({
  initial,
  productId,
  limit = 5,
}: {
  initial: TKitchenUpdate[];
  productId?: string;
  limit?: number;
}) {
  const { socket } = useLive();
  const [updates, setUpdates] = useState(initial);

  useSocketEvent(socket, "kitchen:posted", (update) => {
    if (!about(update, productId)) return;
    setUpdates((prev) => [update, ...prev.filter((u) => u.id !== update.id)].slice(0, limit));
  });
  useSocketEvent(socket, "kitchen:edited", (update) =>
    setUpdates((prev) =>
      about(update, productId)
        ? prev.map((u) => (u.id === update.id ? update : u))
        : prev.filter((u) => u.id !== update.id),
    ),
  );
  useSocketEvent(socket, "kitchen:removed", ({ id }) => setUpdates((prev) => prev.filter((u) => u.id !== id)));

  return (
    <section
      aria-labelledby="kitchen-title"
      className="rounded-2xl border border-roast-200 bg-white p-5"
      data-testid="kitchen-updates"
    >
      <h2 id="kitchen-title" className="text-xl text-roast-900">
        From the kitchen
      </h2>
      {updates.length === 0 ? (
        <p className="mt-2 text-sm text-roast-700">Nothing from the kitchen yet.</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {updates.map((update) => (
            <KitchenUpdateItem key={update.id} update={update} />
          ))}
        </ul>
      )}
    </section>
  );
}
