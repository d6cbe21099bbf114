// c. (again) after everyone left: what the server keeps once the sockets are gone; then the baseline,
// the same number of sockets on a bare Socket.IO server in the same process.
import type { ServerReply } from "../realtime-server";
import { CONNECT_BATCH, SOCKETS, sleep, type Client } from "./config";
import { openViewer, type Viewer } from "./clients";
import { readHeap, type HeapReading, type ServerChannel } from "./server-channel";

export interface BareResult {
  heapGone: HeapReading;
  heapBare: HeapReading;
  bareSockets: number;
  bareHeapKb: number;
  bareRssKb: number;
}

/** Disconnects the swarm (emptying `viewers`), then measures as many sockets on the bare server. */
export async function runBareBaseline(viewers: Viewer[], channel: ServerChannel): Promise<BareResult> {
  for (const v of viewers) v.client.disconnect();
  await sleep(Math.max(1_500, SOCKETS / 2));
  const heapGone = await readHeap(channel);
  const connectedCount = viewers.length;
  viewers.length = 0;
  const { port: barePort } = await channel.ask<Extract<ServerReply, { type: "bare" }>>({ type: "bare" }, "bare");
  const bareClients: Client[] = [];
  for (let i = 0; i < connectedCount; i += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, connectedCount - i) }, () =>
      openViewer(`http://127.0.0.1:${barePort}`, null),
    );
    bareClients.push(...(await Promise.all(batch)));
  }
  await sleep(2_000);
  const heapBare = await readHeap(channel);
  for (const client of bareClients) client.disconnect();
  const bareHeapKb = (heapBare.heapUsed - heapGone.heapUsed) / bareClients.length / 1024;
  const bareRssKb = (heapBare.rss - heapGone.rss) / bareClients.length / 1024;
  return { heapGone, heapBare, bareSockets: bareClients.length, bareHeapKb, bareRssKb };
}
