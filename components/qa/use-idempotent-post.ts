"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ClientEventInput } from "@/lib/platform/contracts/events";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { useLive } from "@/components/live/realtime-provider";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { newIdempotencyKey } from "@/components/live/connection/idempotency-key";

type PostEvent = "qa:ask" | "qa:reply";
export type PostStatus = "idle" | "sending" | "waiting" | "error" | "posted";
/** What the form sends; the hook adds the submission's key. */
export type PostFields<E extends PostEvent> = Omit<ClientEventInput<E>, "idempotencyKey">;

interface Pending<E extends PostEvent> {
  key: string;
  /** The exact fields sent: a retry must send the same post under the same key. */
  payload: PostFields<E>;
}

const MAX_SILENT_RETRIES = 2;
const STALE_RETRY_MS = 15_000;

/**
 * Sends a question or reply with a client-generated idempotency key. The key belongs to one submission:
 * a timed-out or offline attempt is resent with the same key when the socket is back, so the server keeps
 * the first copy only. A new key is made only when the text changes after a refusal.
 */
export function useIdempotentPost<E extends PostEvent>(
  event: E,
  onPosted: (thread: TQaThread, seq: string, sent: PostFields<E>) => void,
) {
  const { socket, connected } = useLive();
  const [status, setStatusState] = useState<PostStatus>("idle");
  /** Mirrors status for the reconnect effect: only a post waiting for the connection is resent. */
  const waiting = useRef(false);
  const setStatus = useCallback((next: PostStatus) => {
    waiting.current = next === "waiting";
    setStatusState(next);
  }, []);
  const [message, setMessage] = useState<string | null>(null);
  const pending = useRef<Pending<E> | null>(null);
  const inFlight = useRef(false);
  const onPostedRef = useRef(onPosted);
  useEffect(() => {
    onPostedRef.current = onPosted;
  }, [onPosted]);

  const attempt = useCallback(async () => {
    const current = pending.current;
    if (!current || inFlight.current) return;
    inFlight.current = true;
    setMessage(null);
    try {
      // A timed-out attempt is retried at once while connected, a couple of times, under the same key.
      for (let tries = 0; ; tries += 1) {
        setStatus("sending");
        const payload = { ...current.payload, idempotencyKey: current.key } as ClientEventInput<E>;
        const result = await emitWithAck(socket, event, payload);
        if (pending.current !== current) return;
        if (!result.ok && result.code === "offline") {
          setStatus("waiting");
          setMessage("You're offline. Your text is kept and will be sent when the connection is back.");
          return;
        }
        if (!result.ok && result.code === "timeout") {
          if (tries < MAX_SILENT_RETRIES) {
            setMessage("The shop is slow to confirm. Trying again…");
            continue;
          }
          setStatus("waiting");
          setMessage(
            "We couldn't confirm it was posted. It will be sent again (never twice) when the connection is back.",
          );
          return;
        }
        if (result.ok) {
          pending.current = null;
          setStatus("posted");
          setMessage(event === "qa:ask" ? "Your question is posted." : "Your answer is posted.");
          onPostedRef.current(result.data.thread, result.data.seq, current.payload);
          return;
        }
        setStatus("error");
        setMessage(result.error);
        return;
      }
    } finally {
      inFlight.current = false;
    }
  }, [socket, event, setStatus]);

  // Back online (or the socket finally opened): resend what is waiting, under the same key. Only on the
  // transition to connected, so a socket that is stale but not yet known to be gone is not hammered.
  const wasConnected = useRef(connected);
  useEffect(() => {
    const reconnected = connected && !wasConnected.current;
    wasConnected.current = connected;
    if (!reconnected || !pending.current || !waiting.current) return;
    const timer = window.setTimeout(() => void attempt(), 0);
    return () => window.clearTimeout(timer);
  }, [connected, attempt]);

  // Still "connected" but no ack came: the connection may be stale without socket.io knowing yet. Keep
  // trying now and then under the same key, which the server answers with the first result.
  useEffect(() => {
    if (status !== "waiting" || !connected) return;
    const timer = window.setTimeout(() => void attempt(), STALE_RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [status, connected, attempt]);

  const submit = useCallback(
    (payload: PostFields<E>) => {
      const same = pending.current && JSON.stringify(pending.current.payload) === JSON.stringify(payload);
      if (!same) pending.current = { key: newIdempotencyKey(), payload };
      void attempt();
    },
    [attempt],
  );

  const busy = status === "sending";
  return {
    submit,
    status,
    message,
    busy,
    tone: status === "error" || status === "waiting" ? ("error" as const) : ("success" as const),
  };
}
