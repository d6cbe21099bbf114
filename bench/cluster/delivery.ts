// bench:cluster a. Delivery across instances: three bench/realtime-server.ts children (one without
// Redis, the single-instance baseline; A and B sharing the Redis adapter), each behind its own nginx
// (deploy/nginx.conf, one upstream), BENCH_RECEIVERS sockets on each connected through it by the
// worker-process swarm of bench:realtime. Timestamps on the shared clock (bench/realtime/config.ts).
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RunningRedis } from "@/scripts/cluster/redis";
import { startNginx, type RunningNginx } from "@/scripts/cluster/nginx";
import { findFreePort } from "@/lib/platform/db-setup/free-port";
import type { ServerCommand, ServerReply } from "../realtime-server";
import { fmt, meets, median, percentile, table } from "../support/stats";
import { nextMessage, pinSelf, pinningEnabled, unpinSelf } from "../support/processes";
import { clock, sleep } from "../realtime/config";
import {
  loopbackAddress,
  startSwarmPool,
  swarmCpuLine,
  type SwarmPool,
  type TrialOutcome,
} from "../realtime/swarm-pool";

const ROOT = process.cwd();
export const RECEIVERS = Number(process.env.BENCH_RECEIVERS ?? 5000);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 150);
const ACTIVITY_TRIALS = Number(process.env.BENCH_ACTIVITY_TRIALS ?? 40);
const SWARM_PROCESSES = Number(process.env.BENCH_SWARM_PROCESSES ?? 0) || (3 * RECEIVERS >= 4000 ? 4 : 2);
/** Issue 21: cross-instance delivery p50 and p99 ≤ 1.2× single-instance. */
const CROSS_AIM = 1.2;

/** CPU seconds (user + system) of processes, from /proc (Linux; 0 elsewhere). */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // gone or not Linux
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

const log = (message: string) => console.log(`[bench:cluster] ${message}`);

interface RealtimeChild {
  name: string;
  child: ChildProcess;
  port: number;
  storePushIntervalMs: number;
  send(command: ServerCommand): void;
  cpu(): Promise<number>;
}

async function startRealtime(
  name: string,
  databaseUrl: string,
  auth: { secret: string; origin: string },
  redisUrl?: string,
): Promise<RealtimeChild> {
  const child = fork(path.join(ROOT, "bench", "realtime-server.ts"), [], {
    cwd: ROOT,
    execArgv: ["--expose-gc", "--import", "tsx"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BENCH_AUTH_SECRET: auth.secret,
      BENCH_ORIGIN: auth.origin,
      BENCH_TRUST_PROXY: "1",
      REDIS_URL: redisUrl ?? "",
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = await nextMessage<Extract<ServerReply, { type: "ready" }>>(child, "ready", 90_000);
  return {
    name,
    child,
    port: ready.port,
    storePushIntervalMs: ready.storePushIntervalMs,
    send: (c) => child.send(c),
    cpu: async () => {
      const reply = nextMessage<Extract<ServerReply, { type: "cpu" }>>(child, "cpu", 30_000);
      child.send({ type: "cpu" } satisfies ServerCommand);
      const { user, system } = await reply;
      return user + system;
    },
  };
}

interface Arm {
  name: string;
  samples: number[];
  last: number[];
  missing: number;
}

const arm = (name: string): Arm => ({ name, samples: [], last: [], missing: 0 });

function add(to: Arm, outcome: TrialOutcome): void {
  to.samples.push(...outcome.all);
  to.missing += outcome.missing;
  if (outcome.last !== undefined) to.last.push(outcome.last);
}

/** A 300-byte activity:recorded to `productId`'s room on `from`, timed at every socket of `group`. */
function emitTrial(pool: SwarmPool, from: RealtimeChild, group: string, productId: string, seq: number) {
  return pool.trial({ group, match: { kind: "activity-id", id: String(seq) }, targets: "all" }, async () => {
    const t0 = clock();
    from.send({
      type: "emit",
      seq,
      room: "product",
      productId,
      payload: [
        {
          id: String(seq),
          kind: "cart_add",
          productId,
          alias: "x".repeat(300),
          regular: false,
          count: 1,
          at: new Date().toISOString(),
        },
      ] as never,
    });
    return t0;
  });
}

/** recordActivity on `from` (the real write path and merged push), timed at every socket of `group`. */
function activityTrial(pool: SwarmPool, from: RealtimeChild, group: string, productId: string, seq: number) {
  return pool.trial({ group, match: { kind: "cart-add" }, targets: "all" }, async () => {
    const t0 = clock();
    from.send({ type: "activity", seq, productId });
    return t0;
  });
}

export async function delivery(
  databaseUrl: string,
  redis: RunningRedis,
  [productId, ownProductId]: [string, string],
  auth: { secret: string; origin: string },
): Promise<string> {
  const pin = pinningEnabled() && pinSelf(0);
  const children: RealtimeChild[] = [];
  const proxies: RunningNginx[] = [];
  let pool: SwarmPool | undefined;
  try {
    const single = await startRealtime("single", databaseUrl, auth);
    const a = await startRealtime("A", databaseUrl, auth, redis.url);
    const b = await startRealtime("B", databaseUrl, auth, redis.url);
    children.push(single, a, b);
    // One nginx per instance, so a receiver is pinned to its instance by the address it dials; each is
    // deploy/nginx.conf as production runs it (its /socket.io proxying and per-address limits), with
    // room for 2 × RECEIVERS connections per worker.
    for (const child of children) {
      proxies.push(
        await startNginx({
          listenPort: await findFreePort(),
          upstreams: [`127.0.0.1:${child.port}`],
          quiet: true,
          workerConnections: 2 * RECEIVERS + 1024,
        }),
      );
    }
    if (pin) pinSelf(1);
    pool = await startSwarmPool(SWARM_PROCESSES, "cluster swarm");
    log(pool.clockLine());
    const groups = ["single", "A", "B"] as const;
    let connectS = 0;
    for (const [g, group] of groups.entries()) {
      const viewers = Array.from({ length: RECEIVERS }, (_, i) => {
        const id = g * RECEIVERS + i;
        // 50 receivers per loopback address: nginx's per-address limits stay those of production.
        // A's receivers view another product: an emit to the room B's receivers are in then costs A no
        // writes of its own, so the cross arm differs from the single one by the hop through Redis only.
        return {
          id,
          productId: group === "A" ? ownProductId : productId,
          hot: false,
          localAddress: loopbackAddress(id, 5),
        };
      });
      connectS += await pool.connect(group, proxies[g]!.url, viewers, auth);
    }
    log(
      `${RECEIVERS} receivers each on the single instance, on A and on B, through nginx, in ${fmt(connectS, 1)} s; ` +
        `${TRIALS} interleaved trials per emit arm, ${ACTIVITY_TRIALS} per activity arm`,
    );

    const arms = {
      single: arm("single instance (no Redis): emit → own sockets"),
      cross: arm("A → sockets on B through Redis (cross-instance)"),
      local: arm("A → own sockets (another room), adapter on (reference)"),
      singlePush: arm("single: recordActivity → merged push to own sockets"),
      crossPush: arm("A: recordActivity → merged push to sockets on B"),
    };
    const discard = arm("warm-up");
    let seq = 0;
    for (let i = 0; i < 10; i++) {
      add(discard, await emitTrial(pool, single, "single", productId, ++seq));
      add(discard, await emitTrial(pool, a, "B", productId, ++seq));
    }
    const cpuAt = async () => ({
      servers: await Promise.all(children.map((c) => c.cpu())),
      nginx: cpuSeconds(proxies.flatMap((p) => p.pids())),
      swarm: await pool!.cpuMark(),
      at: clock(),
    });
    const start = await cpuAt();
    for (let i = 0; i < TRIALS; i++) {
      add(arms.single, await emitTrial(pool, single, "single", productId, ++seq));
      add(arms.cross, await emitTrial(pool, a, "B", productId, ++seq));
      add(arms.local, await emitTrial(pool, a, "A", ownProductId, ++seq));
      await sleep(10 + Math.random() * 20);
    }
    // Merged pushes: a socket gets at most one store-wide push per interval, so each activity trial
    // waits until its sockets' interval has passed (a quiet shop: each push goes out at once).
    const interval = single.storePushIntervalMs + 20;
    let lastSingle = Number.NEGATIVE_INFINITY;
    let lastCross = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < ACTIVITY_TRIALS; i++) {
      await sleep(Math.max(0, lastSingle + interval - clock()));
      add(arms.singlePush, await activityTrial(pool, single, "single", productId, ++seq));
      lastSingle = clock();
      await sleep(Math.max(0, lastCross + interval - clock()));
      add(arms.crossPush, await activityTrial(pool, a, "B", productId, ++seq));
      lastCross = clock();
    }
    const end = await cpuAt();
    const wallUs = (end.at - start.at) * 1000;
    const serverCpu = children
      .map((c, k) => `${c.name} ${fmt((100 * (end.servers[k]! - start.servers[k]!)) / wallUs, 0)}%`)
      .join(", ");
    const swarmCpu = swarmCpuLine(pool.cpuShare(start.swarm, end.swarm));
    const nginxCpu = fmt((100 * (end.nginx - start.nginx)) / ((end.at - start.at) / 1000), 0);

    const row = (x: Arm) => [
      x.name,
      String(x.samples.length),
      String(x.missing),
      fmt(median(x.samples), 2),
      fmt(percentile(x.samples, 99), 2),
      fmt(percentile(x.last, 99), 2),
    ];
    const ratio = (over: Arm, under: Arm, label: string) => {
      const p50 = median(over.samples) / median(under.samples);
      const p99 = percentile(over.samples, 99) / percentile(under.samples, 99);
      return (
        `${label}: p50 ${fmt(p50, 2)} (aim ≤ ${CROSS_AIM}: ${meets(p50, CROSS_AIM, "max")}), ` +
        `p99 ${fmt(p99, 2)} (aim ≤ ${CROSS_AIM}: ${meets(p99, CROSS_AIM, "max")})`
      );
    };
    return [
      table(
        ["arm", "deliveries", "missing", "p50 ms", "p99 ms", "last-socket p99 ms"],
        [arms.single, arms.cross, arms.local, arms.singlePush, arms.crossPush].map(row),
      ),
      ratio(arms.cross, arms.single, "cross ÷ single (raw emit)"),
      ratio(arms.crossPush, arms.singlePush, "cross ÷ single (recordActivity, merged push)"),
      `expected deliveries: ${TRIALS * RECEIVERS} per emit arm, ${ACTIVITY_TRIALS * RECEIVERS} per activity arm; ` +
        `every socket through nginx (one per instance). Emits go to one product room: B's receivers in it, A's in ` +
        `another, so the cross arm writes as many copies as the single one. A store-wide push reaches every socket: ` +
        `the cross push arm writes ${2 * RECEIVERS} copies over A and B (one core when pinned) against ${RECEIVERS}`,
      `CPU while timing: servers ${serverCpu} of a core; the three nginx ${nginxCpu}%; ${swarmCpu} of a core; ${pin ? "servers and nginx on CPU0, swarm on CPU1" : "not pinned"}`,
    ].join("\n");
  } finally {
    await pool?.stop();
    for (const c of children) c.send({ type: "stop" });
    await Promise.all(
      children.map((c) => new Promise((r) => (c.child.exitCode !== null ? r(null) : c.child.once("exit", r)))),
    );
    for (const proxy of proxies) await proxy.stop();
    if (pin) unpinSelf();
  }
}
