"use client";

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TViewer } from "@/lib/platform/contracts/presence";
import { isViewer } from "./viewer-shape";
import { settleKitchen } from "./kitchen-state";
import { offerIdentityRepair } from "@/components/live/connection/identity-repair";

export type ViewerPreferences = Pick<TViewer, "alias" | "invisible" | "showAliasInFeed" | "helpsOthers">;

/** GET /api/shopper; it also repairs a missing or tampered shopper cookie. Null when it failed. */
async function fetchViewer(): Promise<TViewer | null> {
  try {
    const response = await fetch("/api/shopper", { cache: "no-store" });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isViewer(body) ? body : null;
  } catch {
    return null;
  }
}

/**
 * Who this tab is, loaded once per tab alongside the socket. The same request repairs the cookie the
 * socket identifies by, so a socket refused as unidentified waits for it instead of sending another.
 */
export function useViewer() {
  const [viewer, setViewer] = useState<TViewer | null>(null);
  const request = useRef<Promise<void> | null>(null);

  // Two requests with a bad cookie would each issue a different identity: only one is ever in flight.
  const loadViewer = useCallback(() => {
    request.current ??= fetchViewer().then((loaded) => {
      request.current = null;
      if (!loaded) return;
      settleKitchen(loaded.kitchen);
      startTransition(() => setViewer(loaded));
    });
    return request.current;
  }, []);

  const updateViewer = useCallback((preferences: ViewerPreferences) => {
    setViewer((prev) => (prev ? { ...prev, ...preferences } : prev));
  }, []);

  useEffect(() => {
    void loadViewer();
    return offerIdentityRepair(loadViewer);
  }, [loadViewer]);

  return useMemo(() => ({ viewer, updateViewer }), [viewer, updateViewer]);
}
