import type { Socket } from "socket.io";

/** engine.io keeps packets a client has not taken yet in `writeBuffer` (not in its public types). */
interface BufferedConnection {
  writeBuffer: unknown[];
  on(event: "packetCreate", listener: () => void): void;
  close(discard?: boolean): void;
  /** The websocket transport's `ws` socket, whose own close would wait 30 s for a peer that reads nothing. */
  transport?: { socket?: { terminate?: () => void } };
}

/**
 * Caps what one socket may have waiting to be written. A client that stops reading (a paused tab, a
 * stalled network) in a busy room would otherwise hold every broadcast in server memory until the
 * heartbeat gives up on it (45 s). Past `maxBuffered` packets the connection is dropped, discarding its
 * buffer; the client reconnects and catches up through `activity:since` / `qa:since` like after any drop.
 * Volatile emits are already skipped while a socket is busy, so only non-volatile packets count here.
 */
export function capPendingWrites(socket: Socket, maxBuffered: number, onCapped?: (buffered: number) => void): void {
  const conn = socket.conn as unknown as BufferedConnection;
  let capped = false;
  conn.on("packetCreate", () => {
    // Fired just before the packet joins the buffer.
    if (capped || conn.writeBuffer.length < maxBuffered) return;
    capped = true;
    onCapped?.(conn.writeBuffer.length + 1);
    // discard: a plain close would wait for the buffer to drain, which a stalled client never does.
    conn.close(true);
    conn.transport?.socket?.terminate?.();
  });
}
