import { roomOf } from "@/lib/platform/publish/audience";
import type { Publication, PublicationSink } from "@/lib/platform/publish/publish";
import { PushCoalescer } from "./push-coalescer";
import type { RealtimeIo } from "./socket-types";

export interface SocketSinkOptions {
  /** Several instances share rooms through the cluster adapter. */
  clustered: boolean;
  /** Coalesced publications: at most one push per audience per this many ms (STORE_PUSH_INTERVAL_MS). */
  pushIntervalMs: number;
}

export interface SocketPublicationSink extends PublicationSink {
  /** Sends what waits to be merged now. */
  flush(): void;
  /** Sends what waits to be merged and stops listening to the other instances. */
  stop(): void;
}

function emit(io: RealtimeIo, { event, to, payload, except, volatile, local }: Publication): void {
  let operator = (local ? io.local : io).to(to.map(roomOf));
  if (except.length > 0) operator = operator.except(except.map(roomOf));
  if (volatile) operator = operator.volatile;
  (operator.emit as (event: string, payload: unknown) => boolean)(event, payload);
}

/**
 * Delivers through Socket.IO rooms; with a cluster adapter the same calls reach every instance. A
 * coalesced publication is handed to every instance (serverSideEmit) and each merges it into the next
 * push to its own sockets, so a socket hears one push per interval however many instances there are.
 */
export function socketPublicationSink(io: RealtimeIo, options: SocketSinkOptions): SocketPublicationSink {
  const coalescer = new PushCoalescer({
    intervalMs: options.pushIntervalMs,
    emit: (merged) => emit(io, { ...merged, local: true }),
  });
  if (options.clustered) io.on("push:coalesced", (publication) => coalescer.add(publication));
  return {
    deliver: (publication) => {
      if (!publication.coalesce) return emit(io, publication);
      coalescer.add(publication);
      if (options.clustered && !publication.local) io.serverSideEmit("push:coalesced", publication);
    },
    disconnect: (audience) => io.in(roomOf(audience)).disconnectSockets(true),
    flush: () => coalescer.flush(),
    stop: () => {
      io.removeAllListeners("push:coalesced");
      coalescer.stop();
    },
  };
}
