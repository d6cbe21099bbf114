// c. The swarm: SOCKETS shoppers connect in batches and enter their rooms (HOT in the hot product's);
// the server's heap is read before (after a warm-up) and after, per idle socket.
import { fmt } from "../support/stats";
import { CONNECT_BATCH, HEAP_WARMUP_SOCKETS, HOT, SOCKETS, log, sleep } from "./config";
import { openViewer, type Viewer } from "./clients";
import { readHeap, type HeapReading, type ServerChannel } from "./server-channel";

export interface SwarmResult {
  heapBefore: HeapReading;
  heapAfter: HeapReading;
  connectS: number;
  heapPerSocketKb: number;
  rssPerSocketKb: number;
}

/** Connects the swarm into `viewers` (the runner's list, so its cleanup reaches every socket). */
export async function connectSwarm(
  url: string,
  channel: ServerChannel,
  rooms: { hotProduct: string; spreadProducts: string[] },
  viewers: Viewer[],
): Promise<SwarmResult> {
  const { hotProduct, spreadProducts } = rooms;
  // c. heap before the swarm, once the server has served a few sockets end to end
  {
    const warm = await Promise.all(
      Array.from({ length: HEAP_WARMUP_SOCKETS }, (_, i) => openViewer(url, i % 2 ? hotProduct : spreadProducts[i]!)),
    );
    for (const client of warm) client.disconnect();
    await sleep(1_000);
  }
  const heapBefore = await readHeap(channel);

  const t = performance.now();
  const plan = Array.from({ length: SOCKETS }, (_, i) => {
    const hot = i < HOT;
    return { hot, productId: hot ? hotProduct : spreadProducts[(i - HOT) % spreadProducts.length]! };
  });
  for (let i = 0; i < plan.length; i += CONNECT_BATCH) {
    const batch = plan.slice(i, i + CONNECT_BATCH);
    const clients = await Promise.all(batch.map((p) => openViewer(url, p.productId)));
    clients.forEach((client, j) => viewers.push({ client, ...batch[j]! }));
    if (viewers.length % 1000 === 0 && viewers.length < plan.length) {
      log(`${viewers.length} sockets connected after ${fmt((performance.now() - t) / 1000)} s`);
    }
  }
  const connectS = (performance.now() - t) / 1000;
  log(`${viewers.length} sockets connected and entered their rooms in ${fmt(connectS)} s`);
  await sleep(2_000);
  const heapAfter = await readHeap(channel);
  const heapPerSocketKb = (heapAfter.heapUsed - heapBefore.heapUsed) / viewers.length / 1024;
  const rssPerSocketKb = (heapAfter.rss - heapBefore.rss) / viewers.length / 1024;
  log(
    `heap ${fmt(heapBefore.heapUsed / 2 ** 20)} → ${fmt(heapAfter.heapUsed / 2 ** 20)} MB with ${heapAfter.sockets} sockets: ` +
      `${fmt(heapPerSocketKb, 2)} KB heap, ${fmt(rssPerSocketKb, 1)} KB RSS per socket`,
  );
  return { heapBefore, heapAfter, connectS, heapPerSocketKb, rssPerSocketKb };
}
