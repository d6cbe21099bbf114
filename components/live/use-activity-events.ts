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
 * since the cursor, page after page. The cursor moves only with what was read from the server (the
 * server-rendered feed's cursor, catch-up pages): pushes can arrive out of order, so an id seen live says
 * nothing about the events before it (ARCHITECTURE.md, "Cursors in commit order"). Events read twice are
 * merged once (by id).
 */
export function useActivityEvents(socket: LiveSocket | null) {
  const [events, setEvents] = useState<TActivityEvent[]>([]);
  const eventsRef = useRef<TActivityEvent[]>([]);
  /** Every event up to here has been read (null: this page rendered no feed and has not caught up yet). */
  const cursorRef = useRef<string | null>(null);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);

  useOnConnect(socket, (s) => {
    // A page without a rendered feed starts just before the oldest event it heard live, if any.
    const oldest = eventsRef.current.at(-1)?.id;
    const after = cursorRef.current ?? (oldest === undefined ? null : (BigInt(oldest) - 1n).toString());
    if (after === null) return;
    void catchUpActivity(s, after, (missed) => {
      setEvents((prev) => mergeEvents(prev, missed));
      const last = missed.at(-1)?.id;
      cursorRef.current = latestSeq([cursorRef.current ?? after, last ?? after]);
    });
  });
  useSocketEvent(socket, "activity:recorded", (recorded) => setEvents((prev) => mergeEvents(prev, recorded)));

  /** Tells the feed where the server-rendered events end (the newest id when they were read). */
  const noteSeeded = useCallback((cursor: string) => {
    cursorRef.current = latestSeq([cursorRef.current ?? "0", cursor]);
  }, []);

  return useMemo(() => ({ events, noteSeeded }), [events, noteSeeded]);
}
