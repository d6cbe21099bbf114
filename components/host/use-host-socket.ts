"use client";

import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type {
  Ack,
  ClientAckData,
  ClientEventName,
  ClientToServerEvents,
  ServerToClientEvents,
} from "@/lib/contracts/events";

export type HostSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type HostListeners = { [E in keyof ServerToClientEvents]?: ServerToClientEvents[E] };

const ACK_TIMEOUT_MS = 10_000;

/** Emits a client event and resolves with its ack envelope; a lost connection becomes an error ack. */
export function request<E extends ClientEventName>(
  socket: HostSocket | null,
  event: E,
  payload: unknown,
): Promise<Ack<ClientAckData[E]>> {
  if (!socket) return Promise.resolve({ ok: false, error: "Not connected yet; try again in a moment." });
  return new Promise((resolve) => {
    // socket.io's typed `timeout()` rewrites the ack signature; the envelope type is restored here.
    const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as { emit: (...args: unknown[]) => void };
    timed.emit(event, payload, (err: Error | null, result: Ack<ClientAckData[E]>) => {
      resolve(err ? { ok: false, error: "The server did not answer in time. Your text is kept: try again." } : result);
    });
  });
}

/**
 * The host console's own socket (it lives outside the shop layout and its RealtimeProvider, and a host
 * must not enter presence rooms: staff are never counted). The handshake authenticates the staff
 * session cookie; `onConnect` runs on every (re)connect so the caller can load and catch up.
 */
export function useHostSocket(onConnect: (socket: HostSocket) => void, listeners: HostListeners) {
  const [socket, setSocket] = useState<HostSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const onConnectRef = useRef(onConnect);
  const listenersRef = useRef(listeners);
  useEffect(() => {
    onConnectRef.current = onConnect;
    listenersRef.current = listeners;
  });

  useEffect(() => {
    const s: HostSocket = io({ path: "/socket.io", transports: ["websocket", "polling"] });
    s.on("connect", () => {
      setConnected(true);
      onConnectRef.current(s);
    });
    s.on("disconnect", () => setConnected(false));
    s.on("connect_error", () => setConnected(false));
    // Forward every server event to the latest listener the component rendered with.
    s.onAny((event: string, ...args: unknown[]) => {
      const listener = listenersRef.current[event as keyof ServerToClientEvents] as
        ((...a: unknown[]) => void) | undefined;
      listener?.(...args);
    });
    setSocket(s);
    return () => {
      s.disconnect();
    };
  }, []);

  return { socket, connected };
}

/** A v4 UUID for idempotency keys, also outside secure contexts where randomUUID is missing. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
