import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Logger } from "pino";

export interface HttpDrain {
  /** Stops accepting, lets in-flight requests finish for up to `graceMs`, then closes what is left. */
  drain(graceMs: number): Promise<void>;
  /** Closes every remaining connection (after the realtime layer said goodbye to its sockets). */
  closeAll(): void;
}

/**
 * Counts the requests in flight on the shop's HTTP server. Socket.IO's own requests (long-polling) are
 * not counted: they are held open on purpose and end when the realtime server closes.
 */
export function trackHttp(server: Server, log: Logger): HttpDrain {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let onIdle: (() => void) | undefined;

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith("/socket.io/")) return;
    // A request that arrives on a kept-alive connection while draining is served, then the connection closes.
    if (draining && !res.headersSent) res.setHeader("Connection", "close");
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (!draining) return;
      // The connection it used is idle now: close it rather than wait for its keep-alive timeout.
      setImmediate(() => server.closeIdleConnections());
      if (inFlight.size === 0) onIdle?.();
    });
  });

  return {
    async drain(graceMs) {
      draining = true;
      // Stops listening; Node also closes the connections that are idle right now.
      server.close();
      server.closeIdleConnections();
      if (inFlight.size > 0) {
        log.info({ inFlight: inFlight.size }, "waiting for requests in flight");
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          onIdle = resolve;
          timer = setTimeout(resolve, graceMs);
        });
        clearTimeout(timer);
      }
      if (inFlight.size > 0) {
        log.warn({ cut: inFlight.size }, "requests still in flight after the grace period; closing their connections");
        for (const res of inFlight) res.socket?.destroy();
      }
      server.closeIdleConnections();
    },
    closeAll() {
      server.closeAllConnections();
    },
  };
}
