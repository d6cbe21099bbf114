"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { ACTIVITY_MARK_LENGTH } from "@/lib/platform/contracts/limits";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

const noSubscription = () => () => undefined;

/** Web Crypto exists only in secure contexts (https, localhost); elsewhere nothing can be recognised. */
function subtleCrypto(): SubtleCrypto | null {
  return typeof window !== "undefined" && window.isSecureContext ? (window.crypto?.subtle ?? null) : null;
}

/**
 * Whether to show each event: not when this viewer did it (its mark matches their feed key, see
 * lib/domains/activity/activity-mark.ts), so nobody is shown their own actions as social proof. Events the
 * server rendered show until recognised (they must match the server's HTML); events that arrive live
 * wait for the check, so one's own never flashes up.
 */
export function useOwnEventFilter(
  events: TActivityEvent[],
  rendered: TActivityEvent[],
  feedKey: string | undefined,
): (event: TActivityEvent) => boolean {
  const [mine, setMine] = useState<ReadonlyMap<string, boolean>>(new Map());
  const canCheck = useSyncExternalStore(
    noSubscription,
    () => subtleCrypto() !== null,
    () => true,
  );

  useEffect(() => {
    const subtle = subtleCrypto();
    if (!subtle || !feedKey) return;
    let cancelled = false;
    const unchecked = events.filter((e) => e.mark && !mine.has(e.id));
    if (unchecked.length === 0) return;
    void (async () => {
      const encoder = new TextEncoder();
      const key = await subtle.importKey("raw", encoder.encode(feedKey), { name: "HMAC", hash: "SHA-256" }, false, [
        "sign",
      ]);
      const found = await Promise.all(
        unchecked.map(async (e) => {
          const mark = hex(await subtle.sign("HMAC", key, encoder.encode(e.id))).slice(0, ACTIVITY_MARK_LENGTH);
          return [e.id, mark === e.mark] as const;
        }),
      );
      if (!cancelled) setMine((prev) => new Map([...prev, ...found]));
    })();
    return () => {
      cancelled = true;
    };
  }, [events, feedKey, mine]);

  const renderedIds = new Set(rendered.map((e) => e.id));
  return (event) => {
    if (!event.mark || !canCheck) return true;
    const own = mine.get(event.id);
    return own === undefined ? renderedIds.has(event.id) : !own;
  };
}
