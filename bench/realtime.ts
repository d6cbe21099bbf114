// npm run bench:realtime — the realtime server (bench/realtime-server.ts, a child process over its own
// embedded Postgres) under a swarm of real socket.io-client sockets in BENCH_SWARM_PROCESSES worker
// processes (bench/realtime/swarm-worker.ts) that this process drives. Every figure is
// reported beside a baseline measured in the same run. The scenarios live in bench/realtime/, in the
// order they run: swarm (c), fanout (a, d), sustained-qa (d2), presence-churn (b), bare-baseline (c);
// then the report. `--plan` prints what a run would do and exits without starting anything.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import type { ServerCommand, ServerReply } from "./realtime-server";
import { machineReport } from "./support/machine";
import { fmt } from "./support/stats";
import { ensureFdLimit, nextMessage, pinSelf, pinningEnabled, waitForExit } from "./support/processes";
import { onInterrupt, removeDir } from "./support/cleanup";
import {
  AUTH_SECRET,
  CHURNERS,
  CHURN_S,
  CONNECT_BATCH,
  HOT,
  ORIGIN,
  QA_POSTERS,
  QA_SECONDS,
  QA_TRIALS,
  ROOMS,
  ROOT,
  SOCKETS,
  SWARM_PROCESSES,
  TRIALS,
  WATCHDOG_MS,
  log,
} from "./realtime/config";
import { prepareStore } from "./realtime/store";
import { cpuMeter, serverChannel } from "./realtime/server-channel";
import { connectSwarm, planViewers } from "./realtime/swarm";
import { startSwarmPool, type SwarmPool } from "./realtime/swarm-pool";
import { startTrials } from "./realtime/trials";
import { runFanout, runQaTrials, type ArmResults } from "./realtime/fanout";
import { runSustainedQa } from "./realtime/sustained-qa";
import { runPresenceChurn } from "./realtime/presence-churn";
import { runBareBaseline } from "./realtime/bare-baseline";
import { printFanout, printPresence } from "./realtime/report-fanout-presence";
import { printFooter, printMemory, printQa } from "./realtime/report-memory-qa";

const plan = () =>
  `plan: ${SOCKETS} sockets (${HOT} in one hot product room, ${SOCKETS - HOT} over ${ROOMS} product rooms), ` +
  `${TRIALS} fan-out trials per arm, ${QA_TRIALS} Q&A trials per arm, ${QA_POSTERS} posters × ${QA_SECONDS} s closed loop, ` +
  `churn ${CHURNERS} sockets × ${CHURN_S} s twice; connecting ${CONNECT_BATCH} at a time; ` +
  `swarm in ${SWARM_PROCESSES} processes`;

async function main(): Promise<number> {
  if (process.argv.includes("--plan")) {
    console.log(plan());
    return 0;
  }
  // Per process: the swarm holds SOCKETS client sockets, the server child as many (it inherits the limit).
  const relaunched = await ensureFdLimit(SOCKETS + 2048);
  if (relaunched !== undefined) return relaunched;

  console.log(machineReport("npm run bench:realtime"));
  console.log(`${plan()}; open-file limit ok\n`);

  const pin = pinningEnabled();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-realtime-"));
  let database: EmbeddedDatabase | undefined;
  let server: ChildProcess | undefined;
  let pool: SwarmPool | undefined;

  const cleanup = async () => {
    await pool?.stop();
    pool = undefined;
    if (server && server.exitCode === null) {
      server.send({ type: "stop" } satisfies ServerCommand);
      await waitForExit(server, 10_000);
    }
    await database?.stop().catch(() => undefined);
    database = undefined;
    removeDir(dataDir);
  };
  onInterrupt(cleanup);
  // A hang anywhere (a lost IPC reply, a stuck handshake) must not leave Postgres and the server running.
  const watchdog = setTimeout(() => {
    console.error(`[bench:realtime] no result after ${WATCHDOG_MS / 1000} s; stopping`);
    void cleanup().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  watchdog.unref();

  try {
    if (pin && pinSelf(0))
      log("pinning: server child and Postgres on CPU0; swarm (this process and its workers) on CPU1");
    const t = performance.now();
    database = await startEmbeddedPostgres(dataDir);
    const productIds = await prepareStore(database.url);
    const rooms = { hotProduct: productIds[0]!, spreadProducts: productIds.slice(1, ROOMS + 1) };
    log(`Postgres ready, migrated, ${productIds.length} products, in ${fmt((performance.now() - t) / 1000)} s`);

    server = fork(path.join(ROOT, "bench", "realtime-server.ts"), [], {
      cwd: ROOT,
      // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the server child (open it in Chrome DevTools, Performance).
      execArgv: [
        "--expose-gc",
        ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
        "--import",
        "tsx",
      ],
      env: { ...process.env, DATABASE_URL: database.url, BENCH_AUTH_SECRET: AUTH_SECRET, BENCH_ORIGIN: ORIGIN },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const ready = await nextMessage<Extract<ServerReply, { type: "ready" }>>(server, "ready", 60_000);
    const channel = serverChannel(server);
    const flushDelay =
      ready.activityFlushMs === null
        ? "factory default (0 ms: next turn of the event loop)"
        : `${ready.activityFlushMs} ms (BENCH_ACTIVITY_FLUSH_MS)`;
    const url = `http://127.0.0.1:${ready.port}`;
    if (pin) pinSelf(1);
    log(
      `server child pid ${server.pid} on ${url}: activity flush delay ${flushDelay}, post limiter with 1e9 points per shopper and per IP, ` +
        `presence interval ${ready.presenceIntervalMs ?? "factory default"}, view window ${ready.viewWindowMs} ms (bench override), ` +
        `store-wide push interval ${ready.storePushIntervalMs} ms`,
    );

    pool = await startSwarmPool(SWARM_PROCESSES);
    const clockLine = pool.clockLine();
    log(clockLine);
    const viewers = planViewers(rooms);
    const cpu = cpuMeter(channel, pool);
    const swarm = await connectSwarm(url, channel, rooms, pool, viewers, cpu);
    const trials = startTrials(pool, viewers, channel, rooms.hotProduct, ready.storePushIntervalMs);
    const results: ArmResults = new Map();
    const fanoutCpu = await runFanout(trials, cpu, results);
    const qa = await runQaTrials(trials, cpu, results);
    const sustained = await runSustainedQa(pool, viewers, channel, cpu, trials.receipts);
    const churnResults = await runPresenceChurn(pool, viewers, rooms, cpu);
    const bare = await runBareBaseline(pool, channel);

    const run = {
      pin,
      flushDelay,
      storePushIntervalMs: ready.storePushIntervalMs,
      swarm,
      results,
      fanoutCpu,
      qa,
      sustained,
      churnResults,
      bare,
      receipts: trials.receipts,
      swarmProcesses: SWARM_PROCESSES,
      clockLine,
    };
    printFanout(run);
    printPresence(run);
    printMemory(run);
    printQa(run);
    printFooter(run);
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[bench:realtime] failed:", error);
    process.exit(1);
  },
);
