// The driver's side of the swarm: forks the swarm-worker.ts processes (they inherit this process's
// CPU pinning), gives each a share of the viewers (viewer i lives in worker i % N), commands them over
// IPC and merges what they measured. Trial latencies are receipt time (worker, shared clock) minus
// trigger time (driver or asking worker, same clock), corrected by the offset checked at start.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fmt } from "../support/stats";
import { waitForExit } from "../support/processes";
import { CONNECT_BATCH, ROOT, clock, sleep } from "./config";
import type { ViewerOptions } from "./clients";
import type { Match, ViewerSpec, WorkerCommand, WorkerReply } from "./swarm-worker";

type Reply<T extends WorkerReply["type"]> = Extract<WorkerReply, { type: T }>;
type Command = WorkerCommand extends infer C ? (C extends { seq: number } ? Omit<C, "seq"> : C) : never;

export interface TrialOutcome {
  /** latencies (ms) at every target socket, and at the hot-room ones among them */
  all: number[];
  hot: number[];
  /** time until the last target socket had it; undefined when some never did within the timeout */
  last: number | undefined;
  missing: number;
  sample?: Reply<"receipts">["sample"];
  bytes?: number;
}

export interface ClockCheck {
  /** worker clock − driver clock, from the ping with the shortest round trip */
  offsetMs: number;
  rttMs: number;
  /** applied to the worker's receipt times: only when larger than the ping can tell (rtt / 2) */
  appliedMs: number;
}

export interface SwarmCpuMark {
  workers: { user: number; system: number; at: number }[];
  driver: NodeJS.CpuUsage;
  at: number;
}

export interface SwarmCpuShare {
  /** every generator process together (they share the generator's CPU), as a share of one core */
  total: number;
  driver: number;
  workers: number[];
}

const log = (message: string) => console.log(`[swarm] ${message}`);

export async function startSwarmPool(size: number, name = "swarm") {
  const workers: ChildProcess[] = [];
  const waiting = new Map<string, (reply: WorkerReply) => void>();
  let seq = 0;
  let progress = 0;
  let progressLogged = 0;
  let progressStart = clock();
  const failure: { error?: Error } = {};

  for (let i = 0; i < size; i++) {
    const child = fork(path.join(ROOT, "bench", "realtime", "swarm-worker.ts"), [], {
      cwd: ROOT,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      // Structured clone over IPC (both ends): a trial's receipt times travel as one array per worker.
      serialization: "advanced",
    });
    child.on("message", (reply: WorkerReply) => {
      if (reply.type === "progress") {
        progress += reply.count;
        if (progress - progressLogged >= 2000) {
          progressLogged = progress - (progress % 2000);
          log(`${progress} sockets connected after ${fmt((clock() - progressStart) / 1000)} s`);
        }
        return;
      }
      if (reply.type === "error") {
        failure.error = new Error(`${name} worker ${i}: ${reply.message}`);
        for (const resolve of waiting.values()) resolve(reply);
        return;
      }
      const key = `${i}:${reply.type}:${reply.seq}`;
      const resolve = waiting.get(key);
      if (resolve) {
        waiting.delete(key);
        resolve(reply);
      }
    });
    child.once("exit", (code) => {
      if (code !== 0) failure.error ??= new Error(`${name} worker ${i} exited with code ${code}`);
      for (const resolve of waiting.values()) resolve({ type: "error", message: `worker ${i} exited` });
    });
    workers.push(child);
  }
  const expect = <T extends WorkerReply["type"]>(worker: number, type: T, id: number): Promise<Reply<T>> =>
    new Promise((resolve, reject) =>
      waiting.set(`${worker}:${type}:${id}`, (reply) =>
        reply.type === "error" ? reject(failure.error ?? new Error(reply.message)) : resolve(reply as Reply<T>),
      ),
    );
  const send = (worker: number, command: WorkerCommand) => workers[worker]!.send(command);
  const request = <T extends WorkerReply["type"]>(worker: number, command: Command, type: T): Promise<Reply<T>> => {
    const id = ++seq;
    const reply = expect(worker, type, id);
    send(worker, { ...command, seq: id } as WorkerCommand);
    return reply;
  };
  const all = <T extends WorkerReply["type"]>(command: Command, type: T) =>
    Promise.all(workers.map((_, w) => request(w, command, type)));

  await Promise.all(workers.map((_, w) => expect(w, "clock", 0)));

  // The shared clock's residual offset per worker: 20 pings, the shortest round trip's midpoint.
  const clocks: ClockCheck[] = [];
  for (let w = 0; w < size; w++) {
    let best = { offsetMs: 0, rttMs: Number.POSITIVE_INFINITY };
    for (let k = 0; k < 20; k++) {
      const sent = clock();
      const { at } = await request(w, { type: "clock" }, "clock");
      const back = clock();
      if (back - sent < best.rttMs) best = { offsetMs: at - (sent + back) / 2, rttMs: back - sent };
    }
    clocks.push({ ...best, appliedMs: Math.abs(best.offsetMs) > best.rttMs / 2 ? best.offsetMs : 0 });
  }

  const owner = (id: number) => id % size;

  return {
    size,
    clocks,
    owner,
    request,
    send,
    all,

    /** Connects `viewers` as `group`, CONNECT_BATCH handshakes in flight over all workers; returns seconds. */
    async connect(group: string, url: string, viewers: ViewerSpec[], options: ViewerOptions = {}): Promise<number> {
      const start = clock();
      progress = 0;
      progressLogged = 0;
      progressStart = start;
      const replies = await Promise.all(
        workers.map((_, w) =>
          request(
            w,
            {
              type: "connect",
              group,
              url,
              viewers: viewers.filter((v) => owner(v.id) === w),
              concurrency: Math.ceil(CONNECT_BATCH / size),
              options,
            },
            "connected",
          ),
        ),
      );
      const failures = replies.flatMap((r) => r.failures);
      const connected = replies.reduce((n, r) => n + r.count, 0);
      if (connected < viewers.length) {
        throw new Error(`${viewers.length - connected} of ${viewers.length} sockets failed to connect: ${failures[0]}`);
      }
      return (clock() - start) / 1000;
    },

    async disconnect(group: string): Promise<void> {
      await all({ type: "disconnect", group }, "disconnected");
    },

    /**
     * One trial: arms every worker (so none misses an early receipt), runs `trigger` (which returns
     * the trigger time on the shared clock), then waits until every target socket has the message or
     * `timeoutMs` passed, and turns receipt times into latencies.
     */
    async trial(
      arm: { group: string; match: Match; targets: "all" | "hot"; capture?: boolean },
      trigger: () => Promise<number>,
      timeoutMs = 5_000,
    ): Promise<TrialOutcome> {
      const id = ++seq;
      const receipts = workers.map((_, w) => expect(w, "receipts", id));
      await Promise.all(
        workers.map((_, w) => {
          const armed = expect(w, "armed", id);
          send(w, { type: "arm", seq: id, capture: arm.capture ?? false, ...arm });
          return armed;
        }),
      );
      const t0 = await trigger();
      const done = new Set<number>();
      receipts.forEach(
        (r, w) =>
          void r.then(
            () => done.add(w),
            () => undefined,
          ),
      );
      const timer = sleep(timeoutMs).then(() => {
        for (let w = 0; w < size; w++) if (!done.has(w)) send(w, { type: "collect", seq: id });
      });
      const got = await Promise.all(receipts);
      void timer;
      const outcome: TrialOutcome = { all: [], hot: [], last: undefined, missing: 0 };
      let lastAt = Number.NEGATIVE_INFINITY;
      got.forEach((r, w) => {
        const shift = t0 + clocks[w]!.appliedMs;
        for (const at of r.all) {
          outcome.all.push(at - shift);
          if (at - shift > lastAt) lastAt = at - shift;
        }
        for (const at of r.hot) outcome.hot.push(at - shift);
        outcome.missing += r.expected - r.all.length;
        if (r.sample !== undefined && outcome.sample === undefined) {
          outcome.sample = r.sample;
          outcome.bytes = r.bytes;
        }
      });
      if (outcome.missing === 0 && outcome.all.length > 0) outcome.last = lastAt;
      return outcome;
    },

    async cpuMark(): Promise<SwarmCpuMark> {
      const marks = await all({ type: "cpu" }, "cpu");
      return { workers: marks, driver: process.cpuUsage(), at: clock() };
    },

    cpuShare(a: SwarmCpuMark, b: SwarmCpuMark): SwarmCpuShare {
      const wallUs = (b.at - a.at) * 1000;
      const workerShares = b.workers.map(
        (m, w) => (m.user + m.system - a.workers[w]!.user - a.workers[w]!.system) / wallUs,
      );
      const driver = (b.driver.user + b.driver.system - a.driver.user - a.driver.system) / wallUs;
      return { total: driver + workerShares.reduce((s, x) => s + x, 0), driver, workers: workerShares };
    },

    clockLine(): string {
      const worst = Math.max(...clocks.map((c) => Math.abs(c.offsetMs)));
      const rtt = Math.max(...clocks.map((c) => c.rttMs));
      const applied = clocks.filter((c) => c.appliedMs !== 0).length;
      return (
        `${size} swarm processes; shared clock (timeOrigin + now): residual offset ≤ ${fmt(worst, 3)} ms, ` +
        `IPC ping ≤ ${fmt(rtt, 3)} ms` +
        (applied ? `; corrected in ${applied} worker(s)` : " (within the ping's resolution, not corrected)")
      );
    },

    async stop(): Promise<void> {
      await Promise.all(
        workers.map((child) => {
          if (child.exitCode === null && child.connected) child.send({ type: "stop" } satisfies WorkerCommand);
          return waitForExit(child, 10_000);
        }),
      );
    },

    failure,
  };
}

export type SwarmPool = Awaited<ReturnType<typeof startSwarmPool>>;

/** The swarm's share of its CPU, one line: every process together, then the driver and each worker. */
export function swarmCpuLine(share: SwarmCpuShare): string {
  return (
    `swarm ${fmt(100 * share.total, 0)}% (driver ${fmt(100 * share.driver, 0)}%, workers ` +
    `${share.workers.map((s) => fmt(100 * s, 0)).join("/")}%)`
  );
}

/** A loopback source address per `perAddress` sockets (127.<base>.x.y), so no one address carries them all. */
export function loopbackAddress(index: number, base: number, perAddress = 50): string {
  const k = Math.floor(index / perAddress) + 1;
  return `127.${base}.${(k >> 8) & 255}.${k & 255}`;
}
