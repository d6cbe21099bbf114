// b. Presence under churn: count what every client receives, beside what a naive server would send
// (each join and leave told to the room, or to everyone).
import { fmt, median } from "../support/stats";
import { CHURNERS, CHURN_S, DWELL_S, HOT, log, prng, pushSeconds, sleep } from "./config";
import type { Viewer } from "./clients";
import type { CpuMeter, CpuShare } from "./server-channel";
import { swarmCpuLine, type SwarmPool } from "./swarm-pool";

export interface ChurnResult {
  name: string;
  switchesPerS: number;
  acked: number;
  switches: number;
  pushesPerS: number;
  entriesPerS: number;
  naiveRoomPerS: number;
  naiveEveryonePerS: number;
  observedIntervalMs: number;
  cpu: CpuShare;
}

export async function runPresenceChurn(
  pool: SwarmPool,
  viewers: Viewer[],
  rooms: { hotProduct: string; spreadProducts: string[] },
  cpu: CpuMeter,
): Promise<ChurnResult[]> {
  const { hotProduct, spreadProducts } = rooms;
  const rng = prng(20260101);
  const roomOf = viewers.map((v) => v.productId);
  const size = new Map<string, number>();
  for (const room of roomOf) size.set(room, (size.get(room) ?? 0) + 1);
  const watched = [0, HOT, HOT + 1, viewers.length - 1];

  const churn = async (name: string, periodMs: number): Promise<ChurnResult> => {
    const order = [...viewers.keys()];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const churners = order.slice(0, CHURNERS);
    const naive = { roomMembers: 0, everyone: 0, switches: 0 };
    let running = true;
    const timers = new Set<NodeJS.Timeout>();
    const move = (i: number) => {
      // Arrivals follow where viewers already are: the hot product draws its share of them.
      const from = roomOf[i]!;
      let to = rng() < HOT / viewers.length ? hotProduct : spreadProducts[Math.floor(rng() * spreadProducts.length)]!;
      if (to === from) to = from === hotProduct ? spreadProducts[0]! : hotProduct;
      size.set(from, size.get(from)! - 1);
      naive.roomMembers += size.get(from)!; // the leave, told to those who stay
      naive.roomMembers += size.get(to) ?? 0; // the join, told to those already there
      size.set(to, (size.get(to) ?? 0) + 1);
      naive.everyone += 2 * (viewers.length - 1);
      naive.switches++;
      roomOf[i] = to;
      // The worker holding the socket emits presence:enter and counts the acks.
      pool.send(pool.owner(i), { type: "enter", id: i, productId: to });
    };
    const schedule = (i: number, delay: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!running) return;
        move(i);
        schedule(i, periodMs * (0.8 + 0.4 * rng()));
      }, delay);
      timers.add(timer);
    };
    const start = await cpu.cpuMark();
    for (let w = 0; w < pool.size; w++) pool.send(w, { type: "presence", seq: 0, on: true, watched });
    for (const i of churners) schedule(i, rng() * periodMs);
    await sleep(CHURN_S * 1000);
    const counted = await pool.all({ type: "presence", on: false, watched }, "presence");
    running = false;
    for (const timer of timers) clearTimeout(timer);
    const share = cpu.cpuShare(start, await cpu.cpuMark());
    await sleep(1_500);
    const entered = await pool.all({ type: "presence", on: false, watched }, "presence");
    const times = counted.flatMap((c) => c.bins.flatMap(([bin, n]) => Array<number>(n).fill(bin)));
    const messages = counted.reduce((n, c) => n + c.messages, 0);
    const entries = counted.reduce((n, c) => n + c.entries, 0);
    const gaps = counted.flatMap((c) => c.gaps);
    return {
      name,
      switchesPerS: naive.switches / CHURN_S,
      acked: entered.reduce((n, c) => n + c.entered, 0),
      switches: naive.switches,
      pushesPerS: messages / pushSeconds(times),
      entriesPerS: entries / pushSeconds(times),
      naiveRoomPerS: naive.roomMembers / CHURN_S,
      naiveEveryonePerS: naive.everyone / CHURN_S,
      observedIntervalMs: median(gaps),
      cpu: share,
    };
  };
  const littlePeriodMs = (CHURNERS / (viewers.length / DWELL_S)) * 1000;
  const churnResults = [
    await churn(`${CHURNERS} sockets, 1 move/s each`, 1000),
    await churn(`Little's law, ${DWELL_S} s dwell`, littlePeriodMs),
  ];
  for (const r of churnResults) {
    log(
      `churn "${r.name}": ${r.switches} moves (${r.acked} acked), ${fmt(r.pushesPerS, 0)} presence:counted/s received; ` +
        `CPU server ${fmt(100 * r.cpu.server, 0)}%, ${swarmCpuLine(r.cpu.swarm)} of a core`,
    );
  }
  return churnResults;
}
