"use client";

import { startTransition, useEffect, useRef, useState } from "react";
import type { ServerToClientEvents } from "@/lib/platform/contracts/events";
import type { LiveSocket } from "./emit-with-ack";
import { whenKitchenOpen } from "@/components/live/kitchen-state";

type Connection = typeof import("./connection");
/** socket.io-client is loaded on first use, not with the page: it is not needed to paint anything. */
let connection: Connection | null = null;
const loadConnection = async (): Promise<Connection> => (connection ??= await import("./connection"));

/**
 * The tab's shared socket while the calling component is mounted, and whether it is connected now.
 * `deferUntilIdle` opens it after the page has painted so the live layer never delays content (a socket
 * already open is taken at once).
 */
export function useSharedSocket({ deferUntilIdle = false }: { deferUntilIdle?: boolean } = {}) {
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    let acquired: LiveSocket | null = null;
    let unmounted = false;
    // The live layer re-renders in the background (time-sliced), never in one long task while the page loads.
    const up = () => startTransition(() => setConnected(true));
    const down = () => startTransition(() => setConnected(false));
    const start = async () => {
      // An experiment's closed kitchen never joins the live layer; a kitchen still being decided waits.
      await whenKitchenOpen();
      if (unmounted) return;
      const { acquireSocket } = await loadConnection();
      if (unmounted) return;
      const s = acquireSocket();
      acquired = s;
      s.on("connect", up);
      s.on("disconnect", down);
      s.on("connect_error", down);
      startTransition(() => {
        setConnected(s.connected);
        setSocket(s);
      });
    };
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
    const alreadyOpen = connection?.hasSharedSocket() ?? false;
    const handle = deferUntilIdle && !alreadyOpen ? idle(() => void start()) : (void start(), undefined);
    return () => {
      unmounted = true;
      if (handle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(handle);
      if (!acquired) return;
      acquired.off("connect", up);
      acquired.off("disconnect", down);
      acquired.off("connect_error", down);
      connection?.releaseSocket(acquired);
    };
  }, [deferUntilIdle]);

  return { socket, connected };
}

/** Runs `onConnect` on every (re)connect, and at once if already connected: load, re-enter, catch up. */
export function useOnConnect(socket: LiveSocket | null, onConnect: (socket: LiveSocket) => void): void {
  const latest = useRef(onConnect);
  useEffect(() => {
    latest.current = onConnect;
  });
  useEffect(() => {
    if (!socket) return;
    const run = () => latest.current(socket);
    socket.on("connect", run);
    if (socket.connected) run();
    return () => {
      socket.off("connect", run);
    };
  }, [socket]);
}

type Listener<E extends keyof ServerToClientEvents> = ServerToClientEvents[E];

/** Listens to one server event with the latest handler the component rendered with. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  socket: LiveSocket | null,
  event: E,
  handler: Listener<E>,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!socket) return;
    const listener = (...args: unknown[]) => (latest.current as (...a: unknown[]) => void)(...args);
    // socket.io cannot narrow its listener type for an event name that is still generic here.
    const target = socket as unknown as {
      on(e: string, l: (...a: unknown[]) => void): void;
      off(e: string, l: (...a: unknown[]) => void): void;
    };
    target.on(event, listener);
    return () => target.off(event, listener);
  }, [socket, event]);
}
