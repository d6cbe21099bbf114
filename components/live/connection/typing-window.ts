"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LiveSocket } from "./emit-with-ack";

/**
 * "A host is answering…": a host's tab sends qa:typing at most every `sendEveryMs` while typing (never
 * stored, volatile); a signal shows for `showForMs` after the last one, so it outlives the gaps between
 * sends and fades on its own when the host stops.
 */
export const TYPING_WINDOW = { sendEveryMs: 2_000, showForMs: 6_000 } as const;

/** Sends the typing signal for a question, at most once per window, when connected. */
export function useTypingSender(socket: LiveSocket | null): (questionId: string) => void {
  const lastSent = useRef(0);
  return useCallback(
    (questionId: string) => {
      const now = Date.now();
      if (!socket?.connected || now - lastSent.current < TYPING_WINDOW.sendEveryMs) return;
      lastSent.current = now;
      socket.emit("qa:typing", { questionId });
    },
    [socket],
  );
}

/** questionId → the host typing an answer to it; each entry expires `showForMs` after its last signal. */
export function useTypingSignals() {
  const [typing, setTyping] = useState<Record<string, string>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const clear = useCallback((questionId: string) => {
    clearTimeout(timers.current.get(questionId));
    timers.current.delete(questionId);
    setTyping((prev) => {
      if (!(questionId in prev)) return prev;
      const next = { ...prev };
      delete next[questionId];
      return next;
    });
  }, []);

  const signal = useCallback(
    (questionId: string, host: string) => {
      clearTimeout(timers.current.get(questionId));
      timers.current.set(
        questionId,
        setTimeout(() => clear(questionId), TYPING_WINDOW.showForMs),
      );
      setTyping((prev) => (prev[questionId] === host ? prev : { ...prev, [questionId]: host }));
    },
    [clear],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  return { typing, signal, clear };
}
