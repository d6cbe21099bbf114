// c. (again) after everyone left: what the server keeps once the sockets are gone; then the baseline,
// the same number of sockets on a bare Socket.IO server in the same process.
import type { ServerReply } from "../realtime-server";
import { SOCKETS, sleep } from "./config";
import { readHeap, type HeapReading, type ServerChannel } from "./server-channel";
import { loopbackAddress, type SwarmPool } from "./swarm-pool";
import { ADDRESS_BASE } from "./swarm";

export interface BareResult {
  heapGone: HeapReading;
  heapBare: HeapReading;
  bareSockets: number;
  bareHeapKb: number;
  bareRssKb: number;
  /** seconds to connect as many sockets to the bare server: the handshake floor */
  connectS: number;
}

/** Disconnects the swarm, then measures as many sockets on the bare server. */
export async function runBareBaseline(pool: SwarmPool, channel: ServerChannel): Promise<BareResult> {
  await pool.disconnect("main");
  await sleep(Math.max(1_500, SOCKETS / 2));
  const heapGone = await readHeap(channel);
  const { port: barePort } = await channel.ask<Extract<ServerReply, { type: "bare" }>>({ type: "bare" }, "bare");
  const connectS = await pool.connect(
    "bare",
    `http://127.0.0.1:${barePort}`,
    Array.from({ length: SOCKETS }, (_, id) => ({
      id,
      productId: null,
      hot: false,
      localAddress: loopbackAddress(id, ADDRESS_BASE.bare),
    })),
  );
  await sleep(2_000);
  const heapBare = await readHeap(channel);
  await pool.disconnect("bare");
  const bareHeapKb = (heapBare.heapUsed - heapGone.heapUsed) / SOCKETS / 1024;
  const bareRssKb = (heapBare.rss - heapGone.rss) / SOCKETS / 1024;
  return { heapGone, heapBare, bareSockets: SOCKETS, bareHeapKb, bareRssKb, connectS };
}
