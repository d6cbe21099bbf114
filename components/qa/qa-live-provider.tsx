"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { TQaChanged, TQaThread } from "@/lib/contracts/qa";
import { useLive } from "@/components/live/realtime-provider";
import { emitWithAck, NO_ACK } from "./emit-ack";
import { describeChange, mergeThreads, newerSeq } from "./qa-thread-merge";

/** How long "Host is answering…" stays without a new typing signal. */
const TYPING_TTL_MS = 5_000;

interface QaLiveState {
  productId: string;
  threads: TQaThread[];
  /** questionId → the name of the host typing an answer right now. */
  typing: Record<string, string>;
  announcement: string | null;
  /** Applies threads the server sent with the change number they are current as of. */
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
  const [typing, setTyping] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const threadsRef = useRef(initialThreads);
  const seqRef = useRef(initialSeq);
  const threadSeq = useRef(new Map(initialThreads.map((t) => [t.id, initialSeq])));
  const typingTimers = useRef(new Map<string, number>());

  const stopTyping = useCallback((questionId: string) => {
    const timer = typingTimers.current.get(questionId);
    if (timer !== undefined) window.clearTimeout(timer);
    typingTimers.current.delete(questionId);
    setTyping((prev) => {
      if (!(questionId in prev)) return prev;
      const next = { ...prev };
      delete next[questionId];
      return next;
    });
  }, []);

  const apply = useCallback(
    (incoming: TQaThread[], seq: string) => {
      const fresh = incoming.filter((t) => {
        if (t.product.id !== productId) return false;
        if (onlyQuestionId && t.id !== onlyQuestionId) return false;
        const known = threadSeq.current.get(t.id);
        return known === undefined || BigInt(seq) >= BigInt(known);
      });
      seqRef.current = newerSeq(seqRef.current, seq);
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

  useEffect(() => {
    if (!socket) return;
    const catchUp = async () => {
      const result = await emitWithAck(socket, "qa:since", { productId, afterSeq: seqRef.current });
      if (result !== NO_ACK && result.ok) apply(result.data.threads, result.data.seq);
    };
    const onChanged = (change: TQaChanged) => apply([change.thread], change.seq);
    const onTyping = ({ questionId, host }: { questionId: string; host: string }) => {
      if (onlyQuestionId && questionId !== onlyQuestionId) return;
      if (!threadsRef.current.some((t) => t.id === questionId)) return;
      const old = typingTimers.current.get(questionId);
      if (old !== undefined) window.clearTimeout(old);
      typingTimers.current.set(
        questionId,
        window.setTimeout(() => stopTyping(questionId), TYPING_TTL_MS),
      );
      setTyping((prev) => (prev[questionId] === host ? prev : { ...prev, [questionId]: host }));
    };
    const onConnect = () => void catchUp();
    socket.on("connect", onConnect);
    socket.on("qa:changed", onChanged);
    socket.on("qa:typing", onTyping);
    if (socket.connected) onConnect();
    return () => {
      socket.off("connect", onConnect);
      socket.off("qa:changed", onChanged);
      socket.off("qa:typing", onTyping);
    };
  }, [socket, productId, onlyQuestionId, apply, stopTyping]);

  useEffect(() => {
    const timers = typingTimers.current;
    return () => {
      for (const timer of timers.values()) window.clearTimeout(timer);
    };
  }, []);

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
