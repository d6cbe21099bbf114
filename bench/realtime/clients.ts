// The swarm's sockets: real socket.io-client shoppers with signed cookies, as the browser opens them.
import { randomUUID } from "node:crypto";
import { io as connect } from "socket.io-client";
import { SHOPPER_COOKIE, signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import { AUTH_SECRET, ORIGIN, sleep, type Client } from "./config";

/** One of the swarm's shoppers as the driver plans it; its socket lives in worker `id % N`. */
export interface Viewer {
  id: number;
  productId: string;
  hot: boolean;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: string };

/** qa:ask as the ask box sends it, resolving with the server's ack (or a refusal naming a lost ack after 15 s). */
export function ask(client: Client, productId: string, body: string): Promise<Ack<{ seq: string }>> {
  return new Promise((resolve) =>
    (
      client.timeout(15_000).emit as (
        e: string,
        p: unknown,
        ack: (err: Error | null, r: Ack<{ seq: string }>) => void,
      ) => void
    )("qa:ask", { productId, body, idempotencyKey: randomUUID() }, (err, ack) =>
      resolve(err ? { ok: false, error: `no ack in 15 s (connected: ${client.connected})` } : ack),
    ),
  );
}

export async function enterRoom(client: Client, productId: string): Promise<void> {
  const ack = await new Promise<{ ok: boolean; error?: string }>((resolve) =>
    (client.emit as (e: string, p: unknown, ack: (r: { ok: boolean; error?: string }) => void) => void)(
      "presence:enter",
      { productId },
      resolve,
    ),
  );
  if (!ack.ok) throw new Error(`presence:enter refused: ${ack.error}`);
}

export interface ViewerOptions {
  secret?: string;
  origin?: string;
  /**
   * A loopback address of 127.0.0.0/8 to connect from. Real shoppers come from many addresses; the
   * server's per-address handshake gate (200/s after a burst of 2,500) would otherwise pace a
   * 10,000-socket swarm from one address to ~40 s, and nginx's per-address limits refuse it outright.
   */
  localAddress?: string;
}

/** A connected socket that has entered `productId`'s room (null: connect only, for the bare baseline). */
export function openViewer(url: string, productId: string | null, options: ViewerOptions = {}): Promise<Client> {
  const cookie = `${SHOPPER_COOKIE}=${signShopperId(randomUUID(), options.secret ?? AUTH_SECRET)}`;
  const client: Client = connect(url, {
    transports: ["websocket"],
    extraHeaders: { origin: options.origin ?? ORIGIN, cookie },
    reconnection: false,
    forceNew: true,
    timeout: 60_000,
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });
  // A server too busy to answer in time (its pool waits for Postgres) refuses with "went wrong on our
  // side"; as a browser would, try again a few times before calling the run failed.
  const enter = async (id: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await enterRoom(client, id);
      } catch (error) {
        if (attempt === 3 || !String(error).includes("on our side")) throw error;
        await sleep(1_000 * attempt);
      }
    }
  };
  return new Promise((resolve, reject) => {
    client.once("connect", () => (productId ? enter(productId).then(() => resolve(client), reject) : resolve(client)));
    client.once("connect_error", (error) => reject(error));
  });
}
