// bench:realtime settings (BENCH_* variables), the aims, and small helpers every scenario shares.
import type { Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/platform/contracts/events";

export const ROOT = process.cwd();
export const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 2000);
export const HOT = Number(process.env.BENCH_HOT ?? 500);
export const ROOMS = Number(process.env.BENCH_ROOMS ?? 200);
export const CHURNERS = Number(process.env.BENCH_CHURNERS ?? 300);
export const CHURN_S = Number(process.env.BENCH_CHURN_SECONDS ?? 10);
export const TRIALS = Number(process.env.BENCH_FANOUT_TRIALS ?? 80);
export const QA_TRIALS = Number(process.env.BENCH_QA_TRIALS ?? 80);
export const QA_ASKERS = 10; // hot-room shoppers taking turns to ask in the latency arm
export const QA_POSTERS = Number(process.env.BENCH_QA_POSTERS ?? 20);
export const QA_SECONDS = Number(process.env.BENCH_QA_SECONDS ?? 10);
// Handshakes in flight at once while the swarm connects, over all swarm processes (a ramp: each
// finished one starts the next).
export const CONNECT_BATCH = Number(process.env.BENCH_CONNECT_BATCH ?? 100);
// The swarm's processes: one socket.io-client process decoding 10,000 copies of every broadcast
// queues receipts behind each other and times its own backlog, so bigger swarms are split.
export const SWARM_PROCESSES = Number(process.env.BENCH_SWARM_PROCESSES ?? 0) || (SOCKETS >= 4000 ? 4 : 2);
// A hung run is stopped; bigger swarms get longer (10,000 sockets take several minutes to connect and drive).
export const WATCHDOG_MS =
  Number(process.env.BENCH_WATCHDOG_SECONDS ?? 0) * 1000 || Math.max(8, (4 * SOCKETS) / 1000) * 60_000;
// Sockets that connect, enter a room and leave before the heap baseline, so code loaded lazily on the
// first handshake or presence:enter (Prisma's query compiler paths, ~4-5 MB) is not billed to the swarm.
export const HEAP_WARMUP_SOCKETS = 50;
export const DWELL_S = 60; // Little's law scenario: every viewer moves on after a minute on a page
export const AUTH_SECRET = "bench-realtime-secret-bench-realtime-secret";
export const ORIGIN = "http://bench.open-kitchen.test";
// Issue 21's aims: like-for-like ratios ≤ 1.2, presence ≤ 1/100 of naive per room, sustained posting
// ≥ 200/s with ack p99 ≤ 100 ms, heap per idle socket ≤ 1.05× bare Socket.IO, fan-out p99 ≤ 100 ms at 10,000.
export const AIM = {
  fanoutRatio: 1.2,
  fanoutP99Ms: 100,
  presenceRatio: 1 / 100,
  heapKb: 10,
  heapRatio: 1.05,
  qaRatio: 1.2,
  qaP99Ms: 100,
  postsPerS: 200,
  ackP99Ms: 100,
  connectS: 20,
};
// Question bodies: a fixed-length trial token first, so a receipt is matched to its trial and the
// baseline's payload has exactly the size of the real one.
export const QA_TEXT = ": does this come in a larger size, and how long does delivery usually take?";
export const qaToken = (trial: number) => `bench-qa-${String(trial).padStart(6, "0")}`;
export const SUSTAINED_PREFIX = "bench-sustained ";

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export function log(message: string) {
  console.log(`[bench:realtime] ${message}`);
}

/** Deterministic choices, so two runs churn the same way. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The clock every swarm process and the driver read: wall-clock based (the process's start on the
 * system clock plus the monotonic time since), sub-millisecond, so a trigger time taken in the driver
 * and a receipt time taken in a worker can be subtracted. swarm-pool.ts checks the residual offset
 * per worker at start with a ping over IPC and corrects by it when it exceeds the ping's own bound.
 */
export const clock = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Pushes arrive in bursts, one per coalescer tick. Counting whole ticks (first burst up to the start of
 * the last) rather than a fixed window keeps a window that happens to hold 9 or 10 ticks from
 * swinging the rate by 10%. Returns the seconds the received messages stand for.
 */
export function pushSeconds(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const starts = sorted.filter((t, i) => i === 0 || t - sorted[i - 1]! > 300);
  if (starts.length < 2) return CHURN_S;
  const lastStart = starts[starts.length - 1]!;
  const included = sorted.filter((t) => t < lastStart).length;
  return ((lastStart - sorted[0]!) / 1000) * (sorted.length / included);
}
