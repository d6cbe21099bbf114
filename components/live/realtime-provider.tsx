"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { io, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "@/lib/contracts/events";
import type { TActivityEvent } from "@/lib/contracts/activity";
import { ZViewer, type TPresenceCount, type TViewer } from "@/lib/contracts/presence";

type ShopSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ViewerPreferences = Pick<TViewer, "alias" | "invisible" | "showAliasInFeed">;

interface LiveState {
  socket: ShopSocket | null;
  connected: boolean;
  /** room → shown count (null: below the threshold, show nothing) */
  counts: Record<string, number | null>;
  /** The server has sent the full "looking at right now" list: server-rendered counts are superseded. */
  lookingNowLive: boolean;
  /** Newest first, deduplicated by id. */
  events: TActivityEvent[];
  /** Who this tab is (GET /api/shopper); null until it has loaded. */
  viewer: TViewer | null;
  /** After the server confirmed a change of the shopper's privacy choices. */
  updateViewer(preferences: ViewerPreferences): void;
  setProductId(productId: string | null): void;
  /**
   * Enters a product's room and returns the matching leave. The leave only acts if no later enter
   * happened: on a client-side navigation the next page's effect can run before the previous page's
   * cleanup, which must not undo it (product page → its question page, or product → product).
   */
  enterProduct(productId: string): () => void;
  /** Subscribes this tab to every product's count (the home page's "looking at right now"). */
  watchLookingNow(): () => void;
  /** Tells the provider which events the server already rendered, so catch-up starts after them. */
  noteSeeded(initial: TActivityEvent[]): void;
}

const LiveContext = createContext<LiveState | null>(null);
const MAX_EVENTS = 50;

function mergeEvents(current: TActivityEvent[], incoming: TActivityEvent[]): TActivityEvent[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const e of incoming) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1)).slice(0, MAX_EVENTS);
}

function lastId(events: TActivityEvent[]): string | null {
  return events[0]?.id ?? null;
}

/** GET /api/shopper; it also repairs a missing or tampered shopper cookie. Null when it failed. */
async function fetchViewer(): Promise<TViewer | null> {
  try {
    const response = await fetch("/api/shopper", { cache: "no-store" });
    if (!response.ok) return null;
    const parsed = ZViewer.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * One socket per tab, opened after the page has painted so the live layer never delays content.
 * On every (re)connect it re-enters the current page's room and asks Postgres for missed events.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const [socket, setSocket] = useState<ShopSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [counts, setCounts] = useState<Record<string, number | null>>({});
  const [events, setEvents] = useState<TActivityEvent[]>([]);
  const [lookingNowLive, setLookingNowLive] = useState(false);
  const [viewer, setViewer] = useState<TViewer | null>(null);
  /** The identity request in flight: a socket refused as unidentified waits for it instead of sending another. */
  const viewerRequest = useRef<Promise<void> | null>(null);
  const productIdRef = useRef<string | null>(null);
  const watchingRef = useRef(0);
  const eventsRef = useRef<TActivityEvent[]>([]);
  /** The newest event id the server rendered into the page: catch-up starts after it. */
  const seededRef = useRef<bigint>(0n);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);

  const applyCounts = useCallback((list: TPresenceCount[]) => {
    setCounts((prev) => ({ ...prev, ...Object.fromEntries(list.map((c) => [c.room, c.count])) }));
  }, []);

  const enter = useCallback(
    (s: ShopSocket) => {
      const payload = { productId: productIdRef.current, lookingNow: watchingRef.current > 0 };
      s.emit("presence:enter", payload, (ack: Ack<{ counts: TPresenceCount[]; lookingNow?: TPresenceCount[] }>) => {
        if (!ack.ok) return;
        applyCounts(ack.data.counts);
        const snapshot = ack.data.lookingNow;
        if (snapshot) {
          // A full list: product rooms missing from it show nothing now.
          setCounts((prev) => ({
            ...Object.fromEntries(Object.entries(prev).filter(([room]) => !room.startsWith("product:"))),
            ...Object.fromEntries(ack.data.counts.map((c) => [c.room, c.count])),
            ...Object.fromEntries(snapshot.map((c) => [c.room, c.count])),
          }));
          setLookingNowLive(true);
        }
      });
    },
    [applyCounts],
  );

  // Two requests with a bad cookie would each issue a different identity: only one is ever in flight.
  const loadViewer = useCallback(() => {
    viewerRequest.current ??= fetchViewer().then((loaded) => {
      viewerRequest.current = null;
      if (loaded) setViewer(loaded);
    });
    return viewerRequest.current;
  }, []);

  const updateViewer = useCallback((preferences: ViewerPreferences) => {
    setViewer((prev) => (prev ? { ...prev, ...preferences } : prev));
  }, []);

  // Once per tab, alongside the socket; this request also repairs the cookie the socket identifies by.
  useEffect(() => {
    void loadViewer();
  }, [loadViewer]);

  useEffect(() => {
    let s: ShopSocket | null = null;
    const open = () => {
      const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
      s = io({ path: "/socket.io", auth: { gpc }, transports: ["websocket", "polling"] });
      let repaired = false;
      s.on("connect_error", (error) => {
        // A missing or tampered identity: GET /api/shopper issues a fresh one, then try once more.
        if (repaired || !/unidentified/.test(error.message)) return;
        repaired = true;
        void loadViewer().then(() => s?.connect());
      });
      s.on("connect", () => {
        setConnected(true);
        enter(s!);
        const live = lastId(eventsRef.current);
        const after = [live ? BigInt(live) : 0n, seededRef.current].reduce((a, b) => (a > b ? a : b));
        if (after > 0n) {
          s!.emit("activity:since", { afterId: after.toString() }, (ack: Ack<{ events: TActivityEvent[] }>) => {
            if (ack.ok) setEvents((prev) => mergeEvents(prev, ack.data.events));
          });
        }
      });
      s.on("disconnect", () => setConnected(false));
      s.on("presence:counted", applyCounts);
      s.on("activity:recorded", (event) => setEvents((prev) => mergeEvents(prev, [event])));
      setSocket(s);
    };
    // After first paint: the page is usable before the live layer starts.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
    const handle = idle(open);
    return () => {
      (window.cancelIdleCallback ?? window.clearTimeout)(handle);
      s?.disconnect();
    };
  }, [applyCounts, enter, loadViewer]);

  const setProductId = useCallback(
    (productId: string | null) => {
      productIdRef.current = productId;
      if (socket?.connected) enter(socket);
    },
    [socket, enter],
  );

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
    if (socket?.connected) enter(socket);
    return () => {
      watchingRef.current -= 1;
      if (socket?.connected) enter(socket);
    };
  }, [socket, enter]);

  const noteSeeded = useCallback((initial: TActivityEvent[]) => {
    for (const e of initial) if (BigInt(e.id) > seededRef.current) seededRef.current = BigInt(e.id);
  }, []);

  const value = useMemo(
    () => ({
      socket,
      connected,
      counts,
      lookingNowLive,
      events,
      viewer,
      updateViewer,
      setProductId,
      enterProduct,
      watchLookingNow,
      noteSeeded,
    }),
    [
      socket,
      connected,
      counts,
      lookingNowLive,
      events,
      viewer,
      updateViewer,
      setProductId,
      enterProduct,
      watchLookingNow,
      noteSeeded,
    ],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveState {
  const live = useContext(LiveContext);
  if (!live) throw new Error("useLive must be used inside <RealtimeProvider>");
  return live;
}

/** Seeds the feed with server-rendered events so the first paint already shows the latest ones. */
export function useSeedEvents(initial: TActivityEvent[]): TActivityEvent[] {
  const { events, noteSeeded } = useLive();
  useEffect(() => noteSeeded(initial), [initial, noteSeeded]);
  return useMemo(() => mergeEvents(initial, events), [initial, events]);
}
