import type { Ack, ClientAckData, ClientEventName } from "@/lib/contracts/events";
import type { useLive } from "@/components/live/realtime-provider";

export type ShopSocket = NonNullable<ReturnType<typeof useLive>["socket"]>;

/** No acknowledgement in time: the server may or may not have stored it, so only an idempotent retry is safe. */
export const NO_ACK = Symbol("no-ack");
export const ACK_TIMEOUT_MS = 8_000;

/** Emits and resolves with the ack envelope, or NO_ACK after `timeoutMs` (a late ack is ignored). */
export function emitWithAck<E extends ClientEventName>(
  socket: ShopSocket,
  event: E,
  payload: unknown,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<Ack<ClientAckData[E]> | typeof NO_ACK> {
  return new Promise((resolve) => {
    let settled = false;
    const timer = window.setTimeout(() => {
      settled = true;
      resolve(NO_ACK);
    }, timeoutMs);
    const emit = socket.emit as (event: string, payload: unknown, ack: (result: Ack<ClientAckData[E]>) => void) => void;
    emit.call(socket, event, payload, (result) => {
      if (settled) return;
      settled = true;
      window.clearTimeout(timer);
      resolve(result);
    });
  });
}
