// A client that stops reading must not make the server hold every broadcast for it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Socket as NetSocket } from "node:net";
import { Server, type Socket } from "socket.io";
import { io as connect, type Socket as ClientSocket } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import { capPendingWrites } from "@/lib/runtime/realtime/middleware/cap-pending-writes";

const http = createServer();
const io = new Server(http);
const clients: ClientSocket[] = [];

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await io.close();
});

function buffered(socket: Socket): number {
  return (socket.conn as unknown as { writeBuffer: unknown[] }).writeBuffer.length;
}

/** The client's TCP socket under socket.io-client's websocket transport (ws keeps it as _socket). */
function tcpOf(client: ClientSocket): NetSocket {
  const transport = client.io.engine.transport as unknown as { ws: { _socket: NetSocket } };
  return transport.ws._socket;
}

describe("capPendingWrites", () => {
  it("drops a socket whose client stopped reading once its pending writes pass the cap, and only that one", async () => {
    const capped: number[] = [];
    const connected: Socket[] = [];
    io.on("connection", (socket) => {
      capPendingWrites(socket, 200, (n) => capped.push(n));
      connected.push(socket);
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const open = () => {
      const client = connect(url, { transports: ["websocket"], reconnection: false, forceNew: true });
      clients.push(client);
      return new Promise<ClientSocket>((resolve) => client.once("connect", () => resolve(client)));
    };
    const paused = await open();
    const healthy = await open();
    let received = 0;
    healthy.on("news", () => {
      received += 1;
    });
    tcpOf(paused).pause();
    const pausedServerSide = connected[0]!;
    const gone = new Promise<string>((resolve) => pausedServerSide.once("disconnect", resolve));

    // 64 KB messages: the kernel's socket buffers fill after a few, then engine.io queues the rest.
    const payload = "x".repeat(64 * 1024);
    for (let i = 0; i < 400 && pausedServerSide.connected; i++) {
      io.emit("news", payload);
      await new Promise((r) => setImmediate(r));
    }
    await gone;
    expect(capped).toHaveLength(1);
    expect(buffered(pausedServerSide)).toBe(0);
    expect(healthy.connected).toBe(true);
    expect(received).toBeGreaterThan(0);
  });
});
