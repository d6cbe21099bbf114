"use client";

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
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

  const catchUp = useCallback((s: LiveSocket) => {
    // A page without a rendered feed starts just before the oldest event it heard live, if any.
    const oldest = eventsRef.current.at(-1)?.id;
    const after = cursorRef.current ?? (oldest === undefined ? null : (BigInt(oldest) - 1n).toString());
    if (after === null) return;
    void catchUpActivity(s, after, (missed) => {
      // Live updates render in the background (time-sliced), never in one long task while the page loads.
      startTransition(() => setEvents((prev) => mergeEvents(prev, missed)));
      const last = missed.at(-1)?.id;
      cursorRef.current = latestSeq([cursorRef.current ?? after, last ?? after]);
    });
  }, []);
  useOnConnect(socket, catchUp);
  useSocketEvent(socket, "activity:recorded", (recorded) =>
    startTransition(() => setEvents((prev) => mergeEvents(prev, recorded))),
  );

  /**
   * Tells the feed where the server-rendered events end (the newest id when they were read). The feed may
   * hydrate after the socket connected (the page hydrates in slices): then it catches up from here at once.
   */
  const seededRef = useRef(false);
  const noteSeeded = useCallback(
    (cursor: string) => {
      const before = cursorRef.current;
      const late = !seededRef.current && socket?.connected === true;
      seededRef.current = true;
      if (late && (before === null || seqAfter(before, cursor))) {
        cursorRef.current = cursor; // read again from the feed's end; events read twice merge once
        catchUp(socket);
      } else {
        cursorRef.current = latestSeq([before ?? "0", cursor]);
      }
    },
    [socket, catchUp],
  );

  return useMemo(() => ({ events, noteSeeded }), [events, noteSeeded]);
}
