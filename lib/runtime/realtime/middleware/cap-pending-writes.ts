import type { Socket } from "socket.io";

const owner = Symbol("okCapOwner");
const capped = Symbol("okCapped");

/** engine.io keeps packets a client has not taken yet in `writeBuffer` (not in its public types). */
interface BufferedConnection {
  writeBuffer: unknown[];
  on(event: "packetCreate", listener: (this: BufferedConnection) => void): void;
  close(discard?: boolean): void;
  /** The websocket transport's `ws` socket, whose own close would wait 30 s for a peer that reads nothing. */
  transport?: { socket?: { terminate?: () => void } };
  [owner]?: Socket;
  [capped]?: true;
}

/**
 * Caps what one socket may have waiting to be written. A client that stops reading (a paused tab, a
 * stalled network) in a busy room would otherwise hold every broadcast in server memory until the
 * heartbeat gives up on it (45 s). Past `maxBuffered` packets the connection is dropped, discarding its
 * buffer; the client reconnects and catches up through `activity:since` / `qa:since` like after any drop.
 * Volatile emits are already skipped while a socket is busy, so only non-volatile packets count here.
 * Returns the installer: one listener function shared by every socket (no closure per connection).
 */
export function pendingWriteCap(
  maxBuffered: number,
  onCapped?: (buffered: number, socket: Socket) => void,
): (socket: Socket) => void {
  function onPacketCreate(this: BufferedConnection) {
    // Fired just before the packet joins the buffer.
    if (this[capped] || this.writeBuffer.length < maxBuffered) return;
    this[capped] = true;
    onCapped?.(this.writeBuffer.length + 1, this[owner]!);
    // discard: a plain close would wait for the buffer to drain, which a stalled client never does.
    this.close(true);
    this.transport?.socket?.terminate?.();
  }
  return (socket) => {
    const conn = socket.conn as unknown as BufferedConnection;
    conn[owner] = socket;
    conn.on("packetCreate", onPacketCreate);
  };
}

/** One socket at a time (tests); the realtime server installs a shared `pendingWriteCap`. */
export function capPendingWrites(
  socket: Socket,
  maxBuffered: number,
  onCapped?: (buffered: number, socket: Socket) => void,
): void {
  pendingWriteCap(maxBuffered, onCapped)(socket);
}
