// c. The swarm: SOCKETS shoppers connect (CONNECT_BATCH handshakes in flight, spread over the swarm's
// processes) and enter their rooms (HOT in the hot product's); the server's heap is read before (after
// a warm-up) and after, per idle socket.
import { fmt } from "../support/stats";
import { HEAP_WARMUP_SOCKETS, HOT, SOCKETS, log, sleep } from "./config";
import type { Viewer } from "./clients";
import { readHeap, type CpuMeter, type CpuShare, type HeapReading, type ServerChannel } from "./server-channel";
import { loopbackAddress, swarmCpuLine, type SwarmPool } from "./swarm-pool";

export interface SwarmResult {
  heapBefore: HeapReading;
  heapAfter: HeapReading;
  connectS: number;
  heapPerSocketKb: number;
  rssPerSocketKb: number;
  /** CPU while connecting: tells a server-bound ramp from a generator-bound one */
  connectCpu: CpuShare;
}

/** Loopback source addresses: 127.<base>.x.y, 50 sockets each (see clients.ts, `localAddress`). */
export const ADDRESS_BASE = { swarm: 2, bare: 3, warm: 4 };

/** The swarm's plan: who views what. */
export function planViewers(rooms: { hotProduct: string; spreadProducts: string[] }): Viewer[] {
  return Array.from({ length: SOCKETS }, (_, id) => {
    const hot = id < HOT;
    return {
      id,
      hot,
      productId: hot ? rooms.hotProduct : rooms.spreadProducts[(id - HOT) % rooms.spreadProducts.length]!,
    };
  });
}

export async function connectSwarm(
  url: string,
  channel: ServerChannel,
  rooms: { hotProduct: string; spreadProducts: string[] },
  pool: SwarmPool,
  viewers: Viewer[],
  cpu: CpuMeter,
): Promise<SwarmResult> {
  const { hotProduct, spreadProducts } = rooms;
  // c. heap before the swarm, once the server has served a few sockets end to end
  await pool.connect(
    "warm",
    url,
    Array.from({ length: HEAP_WARMUP_SOCKETS }, (_, id) => ({
      id,
      hot: false,
      productId: id % 2 ? hotProduct : spreadProducts[id]!,
      localAddress: loopbackAddress(id, ADDRESS_BASE.warm),
    })),
  );
  await pool.disconnect("warm");
  await sleep(1_000);
  const heapBefore = await readHeap(channel);

  const connectCpuStart = await cpu.cpuMark();
  const connectS = await pool.connect(
    "main",
    url,
    viewers.map((v) => ({ ...v, localAddress: loopbackAddress(v.id, ADDRESS_BASE.swarm) })),
  );
  const connectCpu = cpu.cpuShare(connectCpuStart, await cpu.cpuMark());
  log(
    `${viewers.length} sockets connected and entered their rooms in ${fmt(connectS)} s; CPU server ` +
      `${fmt(100 * connectCpu.server, 0)}%, ${swarmCpuLine(connectCpu.swarm)} of a core`,
  );
  await sleep(2_000);
  const heapAfter = await readHeap(channel);
  const heapPerSocketKb = (heapAfter.heapUsed - heapBefore.heapUsed) / viewers.length / 1024;
  const rssPerSocketKb = (heapAfter.rss - heapBefore.rss) / viewers.length / 1024;
  log(
    `heap ${fmt(heapBefore.heapUsed / 2 ** 20)} → ${fmt(heapAfter.heapUsed / 2 ** 20)} MB with ${heapAfter.sockets} sockets: ` +
      `${fmt(heapPerSocketKb, 2)} KB heap, ${fmt(rssPerSocketKb, 1)} KB RSS per socket`,
  );
  return { heapBefore, heapAfter, connectS, heapPerSocketKb, rssPerSocketKb, connectCpu };
}
