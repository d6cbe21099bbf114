import type { ExtendedError } from "socket.io-client";
import { backoffDelay, type BackoffOptions } from "@/lib/platform/backoff";
import type { LiveSocket } from "./emit-with-ack";

export interface KeepConnectingOptions {
  /** Asked before retrying a refusal the server did not mark retryable; relative in the browser. */
  healthUrl?: string;
  backoff?: BackoffOptions;
  /**
   * Refused as unidentified (no valid shopper cookie, no staff session): get a fresh identity, e.g. the
   * shop's GET /api/shopper. Resolves false when this page offers none, and then nothing is retried.
   */
  repairIdentity?: () => Promise<boolean>;
}

/** Tabs that lost the shop together come back spread out, each waiting at least half its delay. */
export const RECONNECT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000, jitter: "upper-half" };

async function isHealthy(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { cache: "no-store" })).ok;
  } catch {
    return false;
  }
}

/**
 * socket.io reconnects by itself after a lost connection, but not when the server's handshake middleware
 * refused the socket (`connect_error` while the socket is no longer active): a tab that came back during
 * a database outage would stay offline for good. This retries such refusals with capped exponential
 * backoff and jitter: at once when the server marked the refusal `data.retryable`, otherwise after the
 * shop's health check answers OK. Returns a function that stops it.
 */
export function keepConnecting(socket: LiveSocket, options: KeepConnectingOptions = {}): () => void {
  const healthUrl = options.healthUrl ?? "/api/health";
  let attempt = 0;
  let repaired = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    if (!stopped && !socket.active) socket.connect();
  };

  const schedule = (checkHealth: boolean) => {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        if (stopped || socket.active) return;
        if (!checkHealth) return connect();
        void isHealthy(healthUrl).then((ok) => (ok ? connect() : schedule(true)));
      },
      backoffDelay(attempt++, options.backoff ?? RECONNECT_BACKOFF),
    );
  };

  const onConnectError = (error: ExtendedError) => {
    // Still active: a transport failure, which socket.io's own reconnection handles.
    if (socket.active) return;
    if (/unidentified/.test(error.message)) {
      // One fresh identity per run of refusals; if that is refused too, retrying changes nothing.
      if (repaired || !options.repairIdentity) return;
      repaired = true;
      void options.repairIdentity().then((offered) => offered && connect());
      return;
    }
    schedule((error.data as { retryable?: unknown } | undefined)?.retryable !== true);
  };
  const onConnect = () => {
    attempt = 0;
    repaired = false;
  };

  socket.on("connect_error", onConnectError);
  socket.on("connect", onConnect);
  return () => {
    stopped = true;
    clearTimeout(timer);
    socket.off("connect_error", onConnectError);
    socket.off("connect", onConnect);
  };
}
