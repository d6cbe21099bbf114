import type { Logger } from "pino";
import type { PresenceTracker } from "@/lib/domains/presence/presence-tracker";
import { personRoom } from "@/lib/platform/contracts/rooms";
import { roomOf, toStaff } from "@/lib/platform/publish/audience";
import { joinStore } from "./handlers/presence";
import { pendingWriteCap } from "./middleware/cap-pending-writes";
import { releaseHandshake } from "./release-handshake";
import type { RealtimeSocket } from "./socket-types";

export interface ConnectionDeps {
  presence: PresenceTracker;
  log: Logger;
  /** A visit day per shopper per day is what "regular" marks are computed from. */
  recordVisit: (shopperId: string) => Promise<void>;
  /** The shared catch-all listener that answers client events (`eventDispatcher`). */
  dispatch: (this: RealtimeSocket, event: string, ...args: unknown[]) => void;
}

/**
 * What happens to each identified socket. Every listener here is one function shared by all sockets
 * (`this` is the socket), and nothing per socket is kept but its rooms, its presence entry and
 * `socket.data`: an idle connection's memory is mostly Socket.IO's own.
 */
export function connectionHandler(deps: ConnectionDeps): (socket: RealtimeSocket) => void {
  const { presence, log } = deps;
  const fail = (err: unknown) => log.warn({ err }, "presence not updated");
  // A client that stopped reading must not hold the server's memory until the heartbeat notices.
  const capWrites = pendingWriteCap(500, (buffered, socket) =>
    log.warn({ buffered, person: (socket as RealtimeSocket).data.person }, "dropped a socket that stopped reading"),
  );
  function onDisconnect(this: RealtimeSocket) {
    void presence.disconnect(this.id).catch(fail);
  }
  const visitFailed = (err: unknown) => log.warn({ err }, "visit not recorded");

  return (socket) => {
    releaseHandshake(socket);
    void socket.join(personRoom(socket.data.person));
    if (socket.data.staff) void socket.join(roomOf(toStaff()));
    joinStore(socket, presence).catch(fail);
    capWrites(socket);
    socket.on("disconnect", onDisconnect);
    if (socket.data.shopperId) void deps.recordVisit(socket.data.shopperId).catch(visitFailed);
    socket.onAny(deps.dispatch);
  };
}
