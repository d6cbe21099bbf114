import type { Socket } from "socket.io-client";
import type {
  Ack,
  ClientAckData,
  ClientEventInput,
  ClientEventName,
  ClientToServerEvents,
  ServerToClientEvents,
} from "@/lib/platform/contracts/events";

/** The browser's one socket to the shop, typed from the contract both ways. */
export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type AckFailure = Extract<Ack<never>, { ok: false }>;

export const ACK_TIMEOUT_MS = 10_000;

/** Not connected: nothing was sent. */
export const OFFLINE: AckFailure = {
  ok: false,
  error: "You're offline right now. Try again in a moment.",
  code: "offline",
};

/** Sent, but no answer in time: the server may or may not have stored it, so only an idempotent retry is safe. */
export const TIMED_OUT: AckFailure = {
  ok: false,
  error: "The shop did not answer in time. Try again.",
  code: "timeout",
};

type TimedEmit = (event: string, payload: unknown, ack: (err: Error | null, result: Ack<unknown>) => void) => void;

/**
 * Sends a client event and resolves with the server's ack envelope. Failures on this side take the same
 * shape (`{ok:false, error, code}`: "offline" when not connected, "timeout" when no ack came in time), so
 * callers handle one kind of result. A late ack after the timeout is dropped by socket.io.
 */
export function emitWithAck<E extends ClientEventName>(
  socket: LiveSocket | null,
  event: E,
  payload: ClientEventInput<E>,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<Ack<ClientAckData[E]>> {
  if (!socket?.connected) return Promise.resolve(OFFLINE);
  return new Promise((resolve) => {
    // socket.io's `timeout()` prepends an error to the ack's arguments, which its types cannot express for
    // an event name that is still generic here; the envelope type is restored on the way out.
    const timed = socket.timeout(timeoutMs) as unknown as { emit: TimedEmit };
    timed.emit(event, payload, (err, result) => resolve(err ? TIMED_OUT : (result as Ack<ClientAckData[E]>)));
  });
}
