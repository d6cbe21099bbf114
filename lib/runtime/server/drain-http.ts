import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Logger } from "pino";

export interface HttpDrain {
  /**
   * Phase 1 of a drain: the process still listens and serves everything, but `/api/health` answers 503
   * (a load balancer takes the instance out of rotation) and every response says `Connection: close`
   * (nothing keeps a connection to an instance about to go). Resolves after `delayMs`.
   */
  announce(delayMs: number): Promise<void>;
  /** Phase 2: stops accepting, lets in-flight requests finish for up to `graceMs`, then closes what is left. */
  drain(graceMs: number): Promise<void>;
  /** Closes every remaining connection (after the realtime layer said goodbye to its sockets). */
  closeAll(): void;
  /** Answers the request itself when draining makes that necessary (health checks); true when it did. */
  intercept(req: IncomingMessage, res: ServerResponse): boolean;
}

const HEALTH_PATH = "/api/health";

function isHealthCheck(url: string | undefined): boolean {
  if (!url) return false;
  const path = url.split("?", 1)[0];
  return path === HEALTH_PATH || path === `${HEALTH_PATH}/`;
}

/**
 * Counts the requests in flight on the shop's HTTP server and drains it the way a load-balanced service
 * does (README, "Rolling restarts"). Socket.IO's own requests (long-polling) are not counted: they are held
 * open on purpose and end when the realtime server closes.
 */
export function trackHttp(server: Server, log: Logger): HttpDrain {
  const inFlight = new Set<ServerResponse>();
  /** "announced": health says 503, responses close their connections. "closing": not listening either. */
  let phase: "serving" | "announced" | "closing" = "serving";
  let onIdle: (() => void) | undefined;

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith("/socket.io/")) return;
    // A request that arrives on a kept-alive connection while draining is served, then the connection closes.
    if (phase !== "serving" && !res.headersSent) res.setHeader("Connection", "close");
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (phase !== "closing") return;
      // The connection it used is idle now: close it rather than wait for its keep-alive timeout.
      setImmediate(() => server.closeIdleConnections());
      if (inFlight.size === 0) onIdle?.();
    });
  });

  return {
    intercept(req, res) {
      if (phase === "serving" || !isHealthCheck(req.url)) return false;
      res.writeHead(503, { "Content-Type": "application/json", "Cache-Control": "no-store", Connection: "close" });
      res.end(JSON.stringify({ status: "draining" }));
      return true;
    },
    async announce(delayMs) {
      if (phase !== "serving") return;
      phase = "announced";
      // Idle keep-alive connections stay open: a proxy may be writing a request into one right now, and a
      // request cut after it was sent is one the proxy may not retry. Each closes after its next response,
      // or at the proxy's own keep-alive timeout (deploy/nginx.conf keeps that below the delay).
      log.info({ delayMs }, "draining: health answers 503, still serving");
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
    async drain(graceMs) {
      phase = "closing";
      // Stops listening (new connections are refused, so a proxy retries them elsewhere, POSTs included);
      // Node also closes the connections that are idle right now.
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
