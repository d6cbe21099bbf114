import { roomOf } from "@/lib/platform/publish/audience";
import type { PublicationSink } from "@/lib/platform/publish/publish";
import type { RealtimeIo } from "./socket-types";

/** Delivers through Socket.IO rooms; with a cluster adapter the same calls reach every instance. */
export function socketPublicationSink(io: RealtimeIo): PublicationSink {
  return {
    deliver: ({ event, to, payload, except, volatile, local }) => {
      let operator = (local ? io.local : io).to(to.map(roomOf));
      if (except.length > 0) operator = operator.except(except.map(roomOf));
      if (volatile) operator = operator.volatile;
      (operator.emit as (event: string, payload: unknown) => boolean)(event, payload);
    },
    disconnect: (audience) => io.in(roomOf(audience)).disconnectSockets(true),
  };
}
