"use client";

// The orders pages' socket code, on the shared browser socket layer (components/live/connection).
import { useState } from "react";
import type { TOrderProgressed, TOrderSummary, TOrderTimeline } from "@/lib/platform/contracts/orders";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useOnConnect, useSocketEvent } from "@/components/live/connection/use-socket";
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

  useOnConnect(socket, async (s) => {
    const ack = await emitWithAck(s, "order:watch", key ? { orderId, key } : { orderId });
    setWatching(ack.ok);
    if (ack.ok) setTimeline(ack.data);
  });
  useSocketEvent(socket, "order:progressed", (progressed) => setTimeline((prev) => withStep(prev, progressed)));

  return { timeline, live: connected && watching };
}

export interface OrderFeedListeners {
  onPlaced?: (order: TOrderSummary) => void;
  onProgressed?: (progressed: TOrderProgressed) => void;
}

/** Staff screens: every order placed and every step taken, as the staff audience hears them. */
export function useOrderFeed(listeners: OrderFeedListeners): { connected: boolean } {
  const { socket, connected } = useLive();
  useSocketEvent(socket, "order:placed", (order) => listeners.onPlaced?.(order));
  useSocketEvent(socket, "order:progressed", (progressed) => listeners.onProgressed?.(progressed));
  return { connected };
}
