import { ServerResponse, type IncomingMessage } from "node:http";
import type { RealtimeIo, RealtimeSocket } from "./socket-types";

const upgradeResponse = Symbol("okUpgradeResponse");
type HandshakeRequest = IncomingMessage & { [upgradeResponse]?: { req: unknown } };
type EngineConnection = { request: HandshakeRequest | null };

/**
 * engine.io keeps each connection's first HTTP request for the connection's life (socket.request), and
 * for a websocket upgrade also a stand-in response that holds the same request from a listener on the
 * TCP socket. Once the handshake middleware has read it, socket.data holds all we need, so both let go
 * (Socket.IO's "memory usage" guide: ~1 KB a socket, more with a browser's headers). Here the stand-in
 * is noted so the request can be released from it too.
 */
export function noteUpgradeResponses(io: RealtimeIo): void {
  io.engine.use((req: HandshakeRequest, res: unknown, next: () => void) => {
    if (!(res instanceof ServerResponse)) req[upgradeResponse] = res as { req: unknown };
    next();
  });
}

const RELEASED_HANDSHAKE: RealtimeSocket["handshake"] = Object.freeze({
  headers: Object.freeze({}),
  time: "",
  address: "",
  xdomain: false,
  secure: false,
  issued: 0,
  url: "",
  query: Object.freeze({}),
  auth: Object.freeze({}),
});

/** Called once the socket is identified: nothing reads the request or the handshake's headers after. */
export function releaseHandshake(socket: RealtimeSocket): void {
  const conn = socket.conn as unknown as EngineConnection;
  const response = conn.request?.[upgradeResponse];
  if (response) response.req = null;
  conn.request = null;
  // The handshake details (address, time, url, query, auth) were read by the middleware; one shared,
  // frozen stand-in replaces them, so an idle socket keeps none of its own (a few hundred bytes each).
  (socket as { handshake: RealtimeSocket["handshake"] }).handshake = RELEASED_HANDSHAKE;
}
