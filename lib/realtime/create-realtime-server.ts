import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { isAllowedOrigin } from "./origin-check";

export interface RealtimeDeps {
  allowedOrigins: readonly string[];
}

const globalForIo = globalThis as unknown as { okIo?: Server };

/** Attaches Socket.IO to the shop's HTTP server. Tests build it on port 0 with their own deps. */
export function createRealtimeServer(httpServer: HttpServer, deps: RealtimeDeps): Server {
  const io = new Server(httpServer, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: 16 * 1024,
    allowRequest: (req, callback) => {
      const ok = isAllowedOrigin(req.headers.origin, deps.allowedOrigins);
      callback(ok ? null : "origin not allowed", ok);
    },
  });
  globalForIo.okIo = io;
  return io;
}
