"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { LiveSocket } from "@/components/live/connection/emit-with-ack";
import { catchUpActivity } from "@/components/live/connection/catch-up";
import { latestSeq, seqAfter } from "@/components/live/connection/sequence";
import { useOnConnect, useSocketEvent } from "@/components/live/connection/use-socket";

const MAX_EVENTS = 50;

/** Newest first, deduplicated by id, at most MAX_EVENTS. */
export function mergeEvents(current: TActivityEvent[], incoming: TActivityEvent[]): TActivityEvent[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const e of incoming) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => (seqAfter(b.id, a.id) ? 1 : -1)).slice(0, MAX_EVENTS);
}

/**
 * The shop's activity feed: live `activity:recorded` pushes, and on every (re)connect everything missed
 * since the newest event this tab holds (live or server-rendered), page after page.
 */
export function useActivityEvents(socket: LiveSocket | null) {
  const [events, setEvents] = useState<TActivityEvent[]>([]);
  const eventsRef = useRef<TActivityEvent[]>([]);
  /** Where the server-rendered feed ends (null: this page rendered none): catch-up starts after it. */
  const seededRef = useRef<string | null>(null);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);

  useOnConnect(socket, (s) => {
    const newest = eventsRef.current[0]?.id;
    if (seededRef.current === null && newest === undefined) return;
    const after = latestSeq([newest ?? "0", seededRef.current ?? "0"]);
    void catchUpActivity(s, after, (missed) => setEvents((prev) => mergeEvents(prev, missed)));
  });
  useSocketEvent(socket, "activity:recorded", (event) => setEvents((prev) => mergeEvents(prev, [event])));

  /** Tells the feed where the server-rendered events end (the newest id when they were read). */
  const noteSeeded = useCallback((cursor: string) => {
    seededRef.current = latestSeq([seededRef.current ?? "0", cursor]);
  }, []);

  return useMemo(() => ({ events, noteSeeded }), [events, noteSeeded]);
}
