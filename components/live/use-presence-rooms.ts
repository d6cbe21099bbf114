"use client";

import { startTransition, useCallback, useMemo, useRef, useState } from "react";
import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import { emitWithAck, type LiveSocket } from "@/components/live/connection/emit-with-ack";
import { useOnConnect, useSocketEvent } from "@/components/live/connection/use-socket";

/**
 * The rooms this tab is in (the shop, the product on show, "looking at right now") and their shown
 * counts. The rooms are entered again on every (re)connect.
 */
export function usePresenceRooms(socket: LiveSocket | null) {
  /** room → shown count (null: below the threshold, show nothing) */
  const [counts, setCounts] = useState<Record<string, number | null>>({});
  const productIdRef = useRef<string | null>(null);
  const watchingRef = useRef(0);

  const applyCounts = useCallback((list: TPresenceCount[]) => {
    // Counts render in the background (time-sliced), never in one long task while the page loads.
    startTransition(() =>
      setCounts((prev) => ({ ...prev, ...Object.fromEntries(list.map((c) => [c.room, c.count])) })),
    );
  }, []);

  const enter = useCallback(
    async (s: LiveSocket) => {
      const payload = { productId: productIdRef.current, lookingNow: watchingRef.current > 0 };
      const ack = await emitWithAck(s, "presence:enter", payload);
      if (!ack.ok) return;
      applyCounts(ack.data.counts);
      const snapshot = ack.data.lookingNow;
      if (!snapshot) return;
      // A full list: product rooms missing from it show nothing now.
      startTransition(() =>
        setCounts((prev) => ({
          ...Object.fromEntries(Object.entries(prev).filter(([room]) => !room.startsWith("product:"))),
          ...Object.fromEntries(ack.data.counts.map((c) => [c.room, c.count])),
          ...Object.fromEntries(snapshot.map((c) => [c.room, c.count])),
        })),
      );
    },
    [applyCounts],
  );

  useOnConnect(socket, (s) => void enter(s));
  useSocketEvent(socket, "presence:counted", applyCounts);

  const setProductId = useCallback(
    (productId: string | null) => {
      productIdRef.current = productId;
      if (socket?.connected) void enter(socket);
    },
    [socket, enter],
  );

  // The leave only acts if no later enter happened: on a client-side navigation the next page's effect can
  // run before the previous page's cleanup, which must not undo it (product → its question page, or product → product).
  const enterToken = useRef(0);
  const enterProduct = useCallback(
    (productId: string) => {
      const token = ++enterToken.current;
      setProductId(productId);
      return () => {
        if (enterToken.current === token) setProductId(null);
      };
    },
    [setProductId],
  );

  /** For the home page's "looking at right now": ask for every product's count while mounted. */
  const watchLookingNow = useCallback(() => {
    watchingRef.current += 1;
    if (socket?.connected) void enter(socket);
    return () => {
      watchingRef.current -= 1;
      if (socket?.connected) void enter(socket);
    };
  }, [socket, enter]);

  return useMemo(
    () => ({ counts, setProductId, enterProduct, watchLookingNow }),
    [counts, setProductId, enterProduct, watchLookingNow],
  );
}
