"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

/*
 * The server does not tell a shopper which posts they voted on or follow (threads are public and shared),
 * so the browser remembers its own choices. Worst case on another device: the button starts "off" and a
 * press is harmless, since votes and follows are one per shopper on the server.
 */
const CHANGE = "ok:remembered-set";

function read(name: string): string {
  try {
    return window.localStorage.getItem(name) ?? "";
  } catch {
    return "";
  }
}

function subscribe(callback: () => void): () => void {
  window.addEventListener("storage", callback);
  window.addEventListener(CHANGE, callback);
  return () => {
    window.removeEventListener("storage", callback);
    window.removeEventListener(CHANGE, callback);
  };
}

export function useRememberedSet(name: string): [Set<string>, (id: string, on: boolean) => void] {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(name),
    () => "",
  );
  const set = useMemo(() => new Set(raw ? raw.split(",") : []), [raw]);
  const update = useCallback(
    (id: string, on: boolean) => {
      const next = new Set(read(name).split(",").filter(Boolean));
      if (on) next.add(id);
      else next.delete(id);
      try {
        // Only the newest few hundred: ids are UUIDs and localStorage is small.
        window.localStorage.setItem(name, [...next].slice(-500).join(","));
      } catch {
        // Private mode: the choice still applies on the server, it just isn't remembered here.
      }
      window.dispatchEvent(new Event(CHANGE));
    },
    [name],
  );
  return [set, update];
}
