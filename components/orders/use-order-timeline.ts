"use client";

// The orders pages' only socket code, on the shop's shared socket (useLive), so it can move onto the
// shared browser socket layer in one place.
import { useEffect, useRef, useState } from "react";
import type { Ack } from "@/lib/platform/contracts/events";
import type { TOrderProgressed, TOrderSummary, TOrderTimeline } from "@/lib/platform/contracts/orders";
import { useLive } from "@/components/live/realtime-provider";

function withStep(timeline: TOrderTimeline, progressed: TOrderProgressed): TOrderTimeline {
  if (progressed.orderId !== timeline.orderId || timeline.steps.some((s) => s.id === progressed.step.id)) {
    return timeline;
  }
  return {
    ...timeline,
    status: progressed.status,
    paidAt: progressed.paidAt,
    steps: [...timeline.steps, progressed.step],
  };
}

/**
 * An order's timeline, live: on every (re)connect it joins the order's audience (`order:watch`, with the
 * private link's key when the page was opened through it) and takes the full timeline from the ack, so a
 * step taken while disconnected is never missed; in between, each `order:progressed` adds its step.
 */
export function useOrderTimeline(initial: TOrderTimeline, key: string | null) {
  const { socket, connected } = useLive();
  const [timeline, setTimeline] = useState(initial);
  const [watching, setWatching] = useState(false);
  const orderId = initial.orderId;

  useEffect(() => {
    if (!socket) return;
    const watch = () => {
      const payload = key ? { orderId, key } : { orderId };
      socket.emit("order:watch", payload, (ack: Ack<TOrderTimeline>) => {
        setWatching(ack.ok);
        if (ack.ok) setTimeline(ack.data);
      });
    };
    const onProgressed = (progressed: TOrderProgressed) => setTimeline((prev) => withStep(prev, progressed));
    socket.on("connect", watch);
    socket.on("order:progressed", onProgressed);
    if (socket.connected) watch();
    return () => {
      socket.off("connect", watch);
      socket.off("order:progressed", onProgressed);
    };
  }, [socket, orderId, key]);

  return { timeline, live: connected && watching };
}

export interface OrderFeedListeners {
  onPlaced?: (order: TOrderSummary) => void;
  onProgressed?: (progressed: TOrderProgressed) => void;
}

/** Staff screens: every order placed and every step taken, as the staff audience hears them. */
export function useOrderFeed(listeners: OrderFeedListeners): { connected: boolean } {
  const { socket, connected } = useLive();
  const ref = useRef(listeners);
  useEffect(() => {
    ref.current = listeners;
  });
  useEffect(() => {
    if (!socket) return;
    const placed = (order: TOrderSummary) => ref.current.onPlaced?.(order);
    const progressed = (p: TOrderProgressed) => ref.current.onProgressed?.(p);
    socket.on("order:placed", placed);
    socket.on("order:progressed", progressed);
    return () => {
      socket.off("order:placed", placed);
      socket.off("order:progressed", progressed);
    };
  }, [socket]);
  return { connected };
}
