"use client";

import { useSyncExternalStore } from "react";
import { KITCHEN_ATTRIBUTE, type KitchenState } from "@/lib/platform/contracts/kitchen-cookie";

const SETTLED_EVENT = "ok:kitchen";

/** The kitchen this page shows: set before paint by the shop layout's script, settled by GET /api/shopper. */
export function kitchenState(): KitchenState {
  const value = document.documentElement.getAttribute(KITCHEN_ATTRIBUTE);
  return value === "closed" || value === "pending" ? value : "open";
}

/** What the server decided (GET /api/shopper): the page shows or hides the live layer accordingly. */
export function settleKitchen(kitchen: "open" | "closed"): void {
  if (document.documentElement.getAttribute(KITCHEN_ATTRIBUTE) === kitchen) return;
  document.documentElement.setAttribute(KITCHEN_ATTRIBUTE, kitchen);
  window.dispatchEvent(new Event(SETTLED_EVENT));
}

/**
 * Resolves once the page shows the open kitchen: at once on most pages; after GET /api/shopper while the kitchen
 * is being decided; never in an experiment's closed kitchen (unless the server settles it open, e.g. paused).
 */
export function whenKitchenOpen(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (kitchenState() !== "open") return false;
      window.removeEventListener(SETTLED_EVENT, check);
      resolve();
      return true;
    };
    if (!check()) window.addEventListener(SETTLED_EVENT, check);
  });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(SETTLED_EVENT, onChange);
  return () => window.removeEventListener(SETTLED_EVENT, onChange);
}

/** For components that behave differently without the live layer (the ask box posts over HTTP). */
export function useKitchen(): KitchenState {
  return useSyncExternalStore(subscribe, kitchenState, () => "open");
}
