"use client";

import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TViewer } from "@/lib/platform/contracts/presence";
import type { LiveSocket } from "@/components/live/connection/emit-with-ack";
import { useSharedSocket } from "@/components/live/connection/use-socket";
import { mergeEvents, useActivityEvents } from "./use-activity-events";
import { usePresenceRooms } from "./use-presence-rooms";
import { useViewer, type ViewerPreferences } from "./use-viewer";

export type { ViewerPreferences } from "./use-viewer";

interface LiveState {
  socket: LiveSocket | null;
  connected: boolean;
  /** room → shown count (null: below the threshold, show nothing) */
  counts: Record<string, number | null>;
  /** Newest first, deduplicated by id. */
  events: TActivityEvent[];
  /** Who this tab is (GET /api/shopper); null until it has loaded. */
  viewer: TViewer | null;
  /** After the server confirmed a change of the shopper's privacy choices. */
  updateViewer(preferences: ViewerPreferences): void;
  setProductId(productId: string | null): void;
  /** Enters a product's room and returns the matching leave (a no-op once a later enter happened). */
  enterProduct(productId: string): () => void;
  /** Subscribes this tab to every product's count (the home page's "looking at right now"). */
  watchLookingNow(): () => void;
  /** Tells the provider where the server-rendered feed ends, so catch-up starts after it. */
  noteSeeded(cursor: string): void;
}

const LiveContext = createContext<LiveState | null>(null);

/**
 * The shop's live layer on the tab's shared socket (components/live/connection), opened after the page has
 * painted. On every (re)connect it re-enters the current page's rooms and catches up on missed events.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { socket, connected } = useSharedSocket({ deferUntilIdle: true });
  const identity = useViewer();
  const presence = usePresenceRooms(socket);
  const activity = useActivityEvents(socket);
  // Each part is memoized by its hook: the context changes only when one of them does.
  const value = useMemo(
    () => ({ socket, connected, ...identity, ...presence, ...activity }),
    [socket, connected, identity, presence, activity],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveState {
  const live = useContext(LiveContext);
  if (!live) throw new Error("useLive must be used inside <RealtimeProvider>");
  return live;
}

/**
 * Seeds the feed with server-rendered events so the first paint already shows the latest ones; `cursor`
 * is the newest event id when they were read, where catch-up starts.
 */
export function useSeedEvents(initial: TActivityEvent[], cursor: string): TActivityEvent[] {
  const { events, noteSeeded } = useLive();
  useEffect(() => noteSeeded(cursor), [cursor, noteSeeded]);
  return useMemo(() => mergeEvents(initial, events), [initial, events]);
}
