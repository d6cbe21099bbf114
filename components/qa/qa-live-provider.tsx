"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { useLive } from "@/components/live/realtime-provider";
import { catchUpQa } from "@/components/live/connection/catch-up";
import { newerSeq, seqAfter } from "@/components/live/connection/sequence";
import { useTypingSignals } from "@/components/live/connection/typing-window";
import { useOnConnect, useSocketEvent } from "@/components/live/connection/use-socket";
import { describeChange, mergeThreads } from "./qa-thread-merge";

interface QaLiveState {
  productId: string;
  threads: TQaThread[];
  /** questionId → the name of the host typing an answer right now. */
  typing: Record<string, string>;
  announcement: string | null;
  /** Applies threads the server sent with the change number they are current as of (a push or an ack). */
  apply(threads: TQaThread[], seq: string): void;
}

const QaLiveContext = createContext<QaLiveState | null>(null);

export interface QaLiveProviderProps {
  productId: string;
  initialThreads: TQaThread[];
  /** The change number the server-rendered snapshot is current as of. */
  initialSeq: string;
  /** The single-question page: only this thread is shown and updated. */
  onlyQuestionId?: string;
  children: ReactNode;
}

/**
 * Keeps a product's threads live on top of the server-rendered snapshot: on every (re)connect it asks
 * for the changes after the last sequence number it holds, then applies qa:changed pushes. A thread is
 * never replaced by a copy older than the one already shown.
 */
export function QaLiveProvider({
  productId,
  initialThreads,
  initialSeq,
  onlyQuestionId,
  children,
}: QaLiveProviderProps) {
  const { socket } = useLive();
  const [threads, setThreads] = useState(initialThreads);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const { typing, signal, clear: stopTyping } = useTypingSignals();
  const threadsRef = useRef(initialThreads);
  const seqRef = useRef(initialSeq);
  const threadSeq = useRef(new Map(initialThreads.map((t) => [t.id, initialSeq])));

  const apply = useCallback(
    (incoming: TQaThread[], seq: string) => {
      const fresh = incoming.filter((t) => {
        if (t.product.id !== productId) return false;
        if (onlyQuestionId && t.id !== onlyQuestionId) return false;
        const known = threadSeq.current.get(t.id);
        return known === undefined || !seqAfter(known, seq);
      });
      if (fresh.length === 0) return;
      const before = new Map(threadsRef.current.map((t) => [t.id, t]));
      const next = mergeThreads(threadsRef.current, fresh, productId);
      threadsRef.current = next;
      setThreads(next);
      for (const t of fresh) {
        threadSeq.current.set(t.id, seq);
        const previous = before.get(t.id);
        if (previous && t.replies.length > previous.replies.length && t.replies.at(-1)?.author.kind === "host")
          stopTyping(t.id);
      }
      const words = fresh.map((t) => describeChange(before.get(t.id), t)).filter(Boolean);
      if (words.length > 0) setAnnouncement(words.at(-1) ?? null);
    },
    [productId, onlyQuestionId, stopTyping],
  );

  // Every change after the last one this page read, however many pages of them there are. Only these reads
  // move the cursor: pushes and acks can arrive out of order, so their numbers say nothing about the
  // changes before them; a change seen live and read again is applied once (threadSeq).
  const applyRead = useCallback(
    (incoming: TQaThread[], seq: string) => {
      apply(incoming, seq);
      seqRef.current = newerSeq(seqRef.current, seq);
    },
    [apply],
  );
  useOnConnect(socket, (s) => void catchUpQa(s, productId, seqRef.current, applyRead));
  useSocketEvent(socket, "qa:changed", (change) => apply([change.thread], change.seq));
  useSocketEvent(socket, "qa:typing", ({ questionId, host }) => {
    if (onlyQuestionId && questionId !== onlyQuestionId) return;
    if (threadsRef.current.some((t) => t.id === questionId)) signal(questionId, host);
  });

  const value = useMemo(
    () => ({ productId, threads, typing, announcement, apply }),
    [productId, threads, typing, announcement, apply],
  );
  return <QaLiveContext.Provider value={value}>{children}</QaLiveContext.Provider>;
}

export function useQaLive(): QaLiveState {
  const state = useContext(QaLiveContext);
  if (!state) throw new Error("useQaLive must be used inside <QaLiveProvider>");
  return state;
}
