// npm run bench:realtime — the realtime server (bench/realtime-server.ts, a child process over its own
// embedded Postgres) under a swarm of real socket.io-client sockets running here. Every figure is
// reported beside a baseline measured in the same run.
import { fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/platform/contracts/events";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import type { TQaChanged } from "@/lib/platform/contracts/qa";
import { createDb } from "@/lib/platform/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { seedDemoStore } from "@/lib/domains/demo/seed-demo-store";
import { SHOPPER_COOKIE, signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import type { ServerCommand, ServerReply } from "./realtime-server";
import { loadAverage, machineReport } from "./support/machine";
import { fmt, meets, median, percentile, table } from "./support/stats";
import { ensureFdLimit, nextMessage, pinSelf, pinningEnabled, waitForExit } from "./support/processes";
import { onInterrupt, removeDir } from "./support/cleanup";

const ROOT = process.cwd();
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 2000);
const HOT = Number(process.env.BENCH_HOT ?? 500);
const ROOMS = Number(process.env.BENCH_ROOMS ?? 200);
const CHURNERS = Number(process.env.BENCH_CHURNERS ?? 300);
const CHURN_S = Number(process.env.BENCH_CHURN_SECONDS ?? 10);
const TRIALS = Number(process.env.BENCH_FANOUT_TRIALS ?? 80);
const QA_TRIALS = Number(process.env.BENCH_QA_TRIALS ?? 80);
const QA_ASKERS = 10; // hot-room shoppers taking turns to ask in the latency arm
const QA_POSTERS = Number(process.env.BENCH_QA_POSTERS ?? 20);
const QA_SECONDS = Number(process.env.BENCH_QA_SECONDS ?? 10);
// Sockets opened at once while the swarm connects (each batch waits for the previous one's acks).
const CONNECT_BATCH = Number(process.env.BENCH_CONNECT_BATCH ?? 100);
// A hung run is stopped; bigger swarms get longer (10,000 sockets take several minutes to connect and drive).
const WATCHDOG_MS =
  Number(process.env.BENCH_WATCHDOG_SECONDS ?? 0) * 1000 || Math.max(8, (4 * SOCKETS) / 1000) * 60_000;
// Sockets that connect, enter a room and leave before the heap baseline, so code loaded lazily on the
// first handshake or presence:enter (Prisma's query compiler paths, ~4-5 MB) is not billed to the swarm.
const HEAP_WARMUP_SOCKETS = 50;
const DWELL_S = 60; // Little's law scenario: every viewer moves on after a minute on a page
const AUTH_SECRET = "bench-realtime-secret-bench-realtime-secret";
const ORIGIN = "http://bench.open-kitchen.test";
const AIM = { fanoutRatio: 1.5, fanoutP99Ms: 50, presenceRatio: 1 / 50, heapKb: 10, qaRatio: 1.5, qaP99Ms: 100 };
// Question bodies: a fixed-length trial token first, so a receipt is matched to its trial and the
// baseline's payload has exactly the size of the real one.
const QA_TEXT = ": does this come in a larger size, and how long does delivery usually take?";
const qaToken = (trial: number) => `bench-qa-${String(trial).padStart(6, "0")}`;
const SUSTAINED_PREFIX = "bench-sustained ";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

function log(message: string) {
  console.log(`[bench:realtime] ${message}`);
}

/** Deterministic choices, so two runs churn the same way. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Pushes arrive in bursts, one per coalescer tick. Counting whole ticks (first burst up to the start of
 * the last) rather than a fixed window keeps a window that happens to hold 9 or 10 ticks from
 * swinging the rate by 10%. Returns the seconds the received messages stand for.
 */
function pushSeconds(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const starts = sorted.filter((t, i) => i === 0 || t - sorted[i - 1]! > 300);
  if (starts.length < 2) return CHURN_S;
  const lastStart = starts[starts.length - 1]!;
  const included = sorted.filter((t) => t < lastStart).length;
  return ((lastStart - sorted[0]!) / 1000) * (sorted.length / included);
}

/** Postgres with the demo store, topped up to `ROOMS + 1` published products. */
async function prepareStore(url: string): Promise<string[]> {
  await applyMigrations(url);
  const db = createDb(url, 2);
  try {
    await seedDemoStore(db);
    const have = await db.product.count();
    const category = await db.category.findFirstOrThrow({ select: { id: true } });
    if (have < ROOMS + 1) {
      await db.product.createMany({
        data: Array.from({ length: ROOMS + 1 - have }, (_, i) => ({
          slug: `bench-product-${i}`,
          title: `Bench product ${i}`,
          description: "A product made by the realtime bench.",
          priceCents: 1000,
          stock: 100,
          categoryId: category.id,
        })),
      });
    }
    const products = await db.product.findMany({ select: { id: true }, orderBy: { slug: "asc" }, take: ROOMS + 1 });
    return products.map((p) => p.id);
  } finally {
    await db.$disconnect();
  }
}

/** Request/response over the child's IPC channel. */
function serverChannel(child: ChildProcess) {
  return {
    send(command: ServerCommand) {
      child.send(command);
    },
    ask<T extends ServerReply>(command: ServerCommand, type: T["type"]): Promise<T> {
      const reply = nextMessage<T>(child, type, 30_000);
      child.send(command);
      return reply;
    },
    awaitDone(seq: number): Promise<void> {
      return new Promise((resolve, reject) => {
        const onMessage = (m: ServerReply) => {
          if (m.type === "done" && m.seq === seq) {
            child.off("message", onMessage);
            resolve();
          } else if (m.type === "error") {
            child.off("message", onMessage);
            reject(new Error(`realtime server: ${m.message}`));
          }
        };
        child.on("message", onMessage);
      });
    },
  };
}

interface Viewer {
  client: Client;
  productId: string;
  hot: boolean;
}

type Ack<T> = { ok: true; data: T } | { ok: false; error: string };

/** qa:ask as the ask box sends it, resolving with the server's ack. */
function ask(client: Client, productId: string, body: string): Promise<Ack<{ seq: string }>> {
  return new Promise((resolve) =>
    (client.emit as (e: string, p: unknown, ack: (r: Ack<{ seq: string }>) => void) => void)(
      "qa:ask",
      { productId, body, idempotencyKey: randomUUID() },
      resolve,
    ),
  );
}

async function enterRoom(client: Client, productId: string): Promise<void> {
  const ack = await new Promise<{ ok: boolean; error?: string }>((resolve) =>
    (client.emit as (e: string, p: unknown, ack: (r: { ok: boolean; error?: string }) => void) => void)(
      "presence:enter",
      { productId },
      resolve,
    ),
  );
  if (!ack.ok) throw new Error(`presence:enter refused: ${ack.error}`);
}

/** A connected socket that has entered `productId`'s room (null: connect only, for the bare baseline). */
function openViewer(url: string, productId: string | null): Promise<Client> {
  const cookie = `${SHOPPER_COOKIE}=${signShopperId(randomUUID(), AUTH_SECRET)}`;
  const client: Client = connect(url, {
    transports: ["websocket"],
    extraHeaders: { origin: ORIGIN, cookie },
    reconnection: false,
    forceNew: true,
    timeout: 60_000,
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

interface CpuMark {
  server: { user: number; system: number; at: number };
  swarm: NodeJS.CpuUsage;
  at: number;
}

async function main(): Promise<number> {
  // Per process: the swarm holds SOCKETS client sockets, the server child as many (it inherits the limit).
  const relaunched = await ensureFdLimit(SOCKETS + 2048);
  if (relaunched !== undefined) return relaunched;

  console.log(machineReport("npm run bench:realtime"));
  console.log(
    `plan: ${SOCKETS} sockets (${HOT} in one hot product room, ${SOCKETS - HOT} over ${ROOMS} product rooms), ` +
      `${TRIALS} fan-out trials per arm, ${QA_TRIALS} Q&A trials per arm, ${QA_POSTERS} posters × ${QA_SECONDS} s closed loop, ` +
      `churn ${CHURNERS} sockets × ${CHURN_S} s twice; connecting ${CONNECT_BATCH} at a time; open-file limit ok\n`,
  );

  const pin = pinningEnabled();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-realtime-"));
  let database: EmbeddedDatabase | undefined;
  let server: ChildProcess | undefined;
  const viewers: Viewer[] = [];

  const cleanup = async () => {
    for (const v of viewers) v.client.disconnect();
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
    if (pin && pinSelf(0)) log("pinning: server child and Postgres on CPU0; swarm (this process) on CPU1");
    let t = performance.now();
    database = await startEmbeddedPostgres(dataDir);
    const productIds = await prepareStore(database.url);
    const hotProduct = productIds[0]!;
    const spreadProducts = productIds.slice(1, ROOMS + 1);
    log(`Postgres ready, migrated, ${productIds.length} products, in ${fmt((performance.now() - t) / 1000)} s`);

    server = fork(path.join(ROOT, "bench", "realtime-server.ts"), [], {
      cwd: ROOT,
      execArgv: ["--expose-gc", "--import", "tsx"],
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
        `presence interval ${ready.presenceIntervalMs ?? "factory default"}, view window ${ready.viewWindowMs} ms (bench override)`,
    );

    // c. heap before the swarm, once the server has served a few sockets end to end
    {
      const warm = await Promise.all(
        Array.from({ length: HEAP_WARMUP_SOCKETS }, (_, i) => openViewer(url, i % 2 ? hotProduct : spreadProducts[i]!)),
      );
      for (const client of warm) client.disconnect();
      await sleep(1_000);
    }
    const heapBefore = await channel.ask<Extract<ServerReply, { type: "heap" }>>({ type: "heap" }, "heap");

    t = performance.now();
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
    const heapAfter = await channel.ask<Extract<ServerReply, { type: "heap" }>>({ type: "heap" }, "heap");
    const heapPerSocketKb = (heapAfter.heapUsed - heapBefore.heapUsed) / viewers.length / 1024;
    const rssPerSocketKb = (heapAfter.rss - heapBefore.rss) / viewers.length / 1024;
    log(
      `heap ${fmt(heapBefore.heapUsed / 2 ** 20)} → ${fmt(heapAfter.heapUsed / 2 ** 20)} MB with ${heapAfter.sockets} sockets: ` +
        `${fmt(heapPerSocketKb, 2)} KB heap, ${fmt(rssPerSocketKb, 1)} KB RSS per socket`,
    );

    const cpuMark = async (): Promise<CpuMark> => ({
      server: await channel.ask<Extract<ServerReply, { type: "cpu" }>>({ type: "cpu" }, "cpu"),
      swarm: process.cpuUsage(),
      at: performance.now(),
    });
    const cpuShare = (a: CpuMark, b: CpuMark) => {
      const wallUs = (b.at - a.at) * 1000;
      return {
        server: (b.server.user + b.server.system - a.server.user - a.server.system) / wallUs,
        swarm: (b.swarm.user + b.swarm.system - a.swarm.user - a.swarm.system) / wallUs,
      };
    };

    // a. fan-out: one trial at a time; every delivery's latency is taken against the trigger's send time.
    // d. Q&A runs the same way (its own interleaved loop), triggered by a shopper's qa:ask.
    type Arm = "emit-store" | "activity" | "emit-hot" | "emit-hot-qa" | "qa-ask";
    interface Trial {
      t0: number;
      /** Which receipts count: activity:recorded (cart_add), or qa:changed whose body starts with the token. */
      event: "activity" | "qa";
      token: string;
      expected: number;
      received: number;
      done: () => void;
    }
    let trial: Trial | undefined;
    let armSamples: { all: number[]; hot: number[]; last: number[]; missing: number; bytes: number[] } | undefined;
    let capturedPayload: TActivityEvent | undefined;
    let capturedQa: TQaChanged | undefined;
    let questionActivitySeen = 0; // activity:recorded "question_asked" receipts (what every post also sends)
    let sustainedReceipts = 0; // qa:changed receipts of posts made in the sustained phase
    viewers.forEach((v) => {
      v.client.on("activity:recorded", (event) => {
        const now = performance.now();
        if (event.kind === "question_asked") questionActivitySeen++;
        if (event.kind !== "cart_add") return;
        capturedPayload ??= event;
        if (trial?.event !== "activity") return;
        const latency = now - trial.t0;
        armSamples?.all.push(latency);
        if (v.hot) armSamples?.hot.push(latency);
        if (++trial.received === trial.expected) trial.done();
      });
      v.client.on("qa:changed", (change) => {
        const now = performance.now();
        const body = change.thread.body ?? "";
        if (body.startsWith(SUSTAINED_PREFIX)) sustainedReceipts++;
        if (trial?.event !== "qa" || !body.startsWith(trial.token)) return;
        if (trial.received === 0) {
          capturedQa ??= change;
          armSamples?.bytes.push(JSON.stringify(change).length);
        }
        const latency = now - trial.t0;
        armSamples?.all.push(latency);
        if (v.hot) armSamples?.hot.push(latency);
        if (++trial.received === trial.expected) trial.done();
      });
    });
    const hotViewers = viewers.filter((v) => v.hot);
    const qaErrors: string[] = [];

    let seq = 0;
    let questionsAsked = 0;
    const runTrial = async (arm: Arm, samples: NonNullable<typeof armSamples>) => {
      const id = ++seq;
      const qa = arm === "qa-ask" || arm === "emit-hot-qa";
      const expected = arm === "emit-store" || arm === "activity" ? viewers.length : HOT;
      armSamples = samples;
      const finished = new Promise<void>((resolve) => {
        trial = {
          t0: performance.now(),
          event: qa ? "qa" : "activity",
          token: qaToken(id),
          expected,
          received: 0,
          done: resolve,
        };
      });
      const t0 = trial!.t0;
      let acknowledged: Promise<void>;
      if (arm === "qa-ask") {
        const asker = hotViewers[questionsAsked++ % Math.min(QA_ASKERS, hotViewers.length)]!;
        acknowledged = ask(asker.client, hotProduct, qaToken(id) + QA_TEXT).then((ack) => {
          if (!ack.ok) qaErrors.push(ack.error);
        });
      } else {
        acknowledged = channel.awaitDone(id);
        if (arm === "activity") {
          channel.send({ type: "activity", seq: id, productId: hotProduct });
        } else if (arm === "emit-hot-qa") {
          // The payload of a real qa:changed with only the token changed: the same bytes, the same size.
          const payload = { ...capturedQa!, thread: { ...capturedQa!.thread, body: qaToken(id) + QA_TEXT } };
          channel.send({ type: "emit-qa", seq: id, productId: hotProduct, payload });
        } else {
          channel.send({
            type: "emit",
            seq: id,
            room: arm === "emit-hot" ? "product" : "store",
            productId: hotProduct,
            payload: capturedPayload!,
          });
        }
      }
      const timedOut = await Promise.race([finished.then(() => false), sleep(5_000).then(() => true)]);
      const current = trial!;
      trial = undefined;
      if (timedOut) samples.missing += current.expected - current.received;
      else samples.last.push(performance.now() - t0);
      await acknowledged;
      if (arm === "qa-ask") {
        // Every question also goes out as a "question_asked" activity event to all sockets; let it land
        // before the next trial so it does not queue in front of that trial's deliveries.
        const until = performance.now() + 2_000;
        while (questionActivitySeen < questionsAsked * viewers.length && performance.now() < until) await sleep(5);
      }
      await sleep(20 + Math.random() * 30);
    };

    const arms: Arm[] = ["emit-store", "activity", "emit-hot"];
    const fresh = () => ({
      all: [] as number[],
      hot: [] as number[],
      last: [] as number[],
      missing: 0,
      bytes: [] as number[],
    });
    // Warm-up: the first activity trial also captures a real stored event to reuse as the emit payload.
    {
      const discard = fresh();
      await runTrial("activity", discard);
      for (let i = 0; i < 5; i++) for (const arm of arms) await runTrial(arm, discard);
    }
    const results = new Map<Arm, ReturnType<typeof fresh>>(arms.map((a) => [a, fresh()]));
    t = performance.now();
    const fanoutCpuStart = await cpuMark();
    for (let i = 0; i < TRIALS; i++) for (const arm of arms) await runTrial(arm, results.get(arm)!);
    const fanoutCpu = cpuShare(fanoutCpuStart, await cpuMark());
    log(
      `fan-out: ${TRIALS} trials × ${arms.length} arms in ${fmt((performance.now() - t) / 1000)} s; payload ` +
        `${JSON.stringify(capturedPayload).length} B JSON; CPU server ${fmt(100 * fanoutCpu.server, 0)}%, swarm ${fmt(100 * fanoutCpu.swarm, 0)}% of a core`,
    );

    // d. Q&A post → every viewer of the hot room, beside the broadcast alone. Warm-up: the first post
    // captures a real qa:changed to reuse (re-tokened) as the baseline's payload.
    const qaArms: Arm[] = ["emit-hot-qa", "qa-ask"];
    {
      const discard = fresh();
      await runTrial("qa-ask", discard);
      if (!capturedQa)
        throw new Error(`no qa:changed received for the first question (${qaErrors.join("; ") || "no error ack"})`);
      for (let i = 0; i < 5; i++) for (const arm of qaArms) await runTrial(arm, discard);
    }
    const warmupQaErrors = qaErrors.splice(0);
    for (const arm of qaArms) results.set(arm, fresh());
    t = performance.now();
    const qaCpuStart = await cpuMark();
    for (let i = 0; i < QA_TRIALS; i++) for (const arm of qaArms) await runTrial(arm, results.get(arm)!);
    const qaCpu = cpuShare(qaCpuStart, await cpuMark());
    const realQaSizes = results.get("qa-ask")!.bytes;
    const baselineQaSizes = results.get("emit-hot-qa")!.bytes;
    log(
      `Q&A: ${QA_TRIALS} trials × ${qaArms.length} arms in ${fmt((performance.now() - t) / 1000)} s; qa:changed ` +
        `${median(realQaSizes)} B JSON (baseline ${median(baselineQaSizes)} B); ${qaErrors.length} refused posts` +
        `${warmupQaErrors.length ? ` (+${warmupQaErrors.length} in warm-up)` : ""}; CPU server ${fmt(100 * qaCpu.server, 0)}%, swarm ${fmt(100 * qaCpu.swarm, 0)}% of a core`,
    );

    // d2. Sustained posting with persistence: closed loop, each poster asks again as soon as its ack
    // returns. Posters are shoppers in distinct product rooms outside the hot one, asking about the
    // product they view, so each post reaches that room's few viewers (and, as every question does, a
    // "question_asked" activity event reaches every socket).
    const posters: Viewer[] = [];
    for (const v of viewers) {
      if (posters.length === QA_POSTERS) break;
      if (!v.hot && !posters.some((p) => p.productId === v.productId)) posters.push(v);
    }
    const roomSize = new Map<string, number>();
    for (const v of viewers) roomSize.set(v.productId, (roomSize.get(v.productId) ?? 0) + 1);
    const sustained = { acked: 0, refused: [] as string[], latencies: [] as number[], expectedReceipts: 0 };
    const activityBefore = questionActivitySeen;
    sustainedReceipts = 0;
    const sustainedCpuStart = await cpuMark();
    const sustainedStart = performance.now();
    const deadline = sustainedStart + QA_SECONDS * 1000;
    let lastAck = sustainedStart;
    await Promise.all(
      posters.map(async (poster, p) => {
        for (let n = 0; performance.now() < deadline; n++) {
          const sent = performance.now();
          const ack = await ask(poster.client, poster.productId, `${SUSTAINED_PREFIX}${p}-${n}${QA_TEXT}`);
          lastAck = performance.now();
          sustained.latencies.push(lastAck - sent);
          if (ack.ok) {
            sustained.acked++;
            sustained.expectedReceipts += roomSize.get(poster.productId)!;
          } else sustained.refused.push(ack.error);
        }
      }),
    );
    const sustainedS = (lastAck - sustainedStart) / 1000;
    const sustainedCpu = cpuShare(sustainedCpuStart, await cpuMark());
    // Let the trailing broadcasts land before counting what arrived and what was stored.
    {
      const until = performance.now() + 10_000;
      while (
        (sustainedReceipts < sustained.expectedReceipts ||
          questionActivitySeen - activityBefore < sustained.acked * viewers.length) &&
        performance.now() < until
      ) {
        await sleep(50);
      }
    }
    const stored = await channel.ask<Extract<ServerReply, { type: "questions" }>>(
      { type: "count-questions", bodyPrefix: SUSTAINED_PREFIX },
      "questions",
    );
    const sustainedActivity = {
      received: questionActivitySeen - activityBefore,
      expected: sustained.acked * viewers.length,
    };
    log(
      `sustained posts: ${sustained.acked} acked by ${posters.length} posters in ${fmt(sustainedS, 2)} s; ${stored.questions} stored; ` +
        `CPU server ${fmt(100 * sustainedCpu.server, 0)}%, swarm ${fmt(100 * sustainedCpu.swarm, 0)}% of a core`,
    );

    // b. presence under churn: count what every client receives, beside what a naive server would send.
    const rng = prng(20260101);
    const roomOf = viewers.map((v) => v.productId);
    const size = new Map<string, number>();
    for (const room of roomOf) size.set(room, (size.get(room) ?? 0) + 1);
    let counting = false;
    let received = { messages: 0, entries: 0, times: [] as number[] };
    const gapsOf = new Map<number, number[]>();
    const watched = [0, HOT, HOT + 1, viewers.length - 1];
    viewers.forEach((v, i) => {
      const gaps: number[] | undefined = watched.includes(i) ? [] : undefined;
      if (gaps) gapsOf.set(i, gaps);
      let last = 0;
      v.client.on("presence:counted", (counts: TPresenceCount[]) => {
        if (!counting) return;
        const now = performance.now();
        received.messages++;
        received.entries += counts.length;
        received.times.push(now);
        if (gaps) {
          if (last) gaps.push(now - last);
          last = now;
        }
      });
    });

    const churn = async (name: string, periodMs: number) => {
      const order = [...viewers.keys()];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const churners = order.slice(0, CHURNERS);
      const naive = { roomMembers: 0, everyone: 0, switches: 0, acked: 0 };
      received = { messages: 0, entries: 0, times: [] };
      for (const gaps of gapsOf.values()) gaps.length = 0;
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
        void enterRoom(viewers[i]!.client, to).then(() => naive.acked++);
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
      const start = await cpuMark();
      counting = true;
      for (const i of churners) schedule(i, rng() * periodMs);
      await sleep(CHURN_S * 1000);
      counting = false;
      running = false;
      for (const timer of timers) clearTimeout(timer);
      const cpu = cpuShare(start, await cpuMark());
      await sleep(1_500);
      const gaps = [...gapsOf.values()].flat();
      return {
        name,
        switchesPerS: naive.switches / CHURN_S,
        acked: naive.acked,
        switches: naive.switches,
        pushesPerS: received.messages / pushSeconds(received.times),
        entriesPerS: received.entries / pushSeconds(received.times),
        naiveRoomPerS: naive.roomMembers / CHURN_S,
        naiveEveryonePerS: naive.everyone / CHURN_S,
        observedIntervalMs: median(gaps),
        cpu,
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
          `CPU server ${fmt(100 * r.cpu.server, 0)}%, swarm ${fmt(100 * r.cpu.swarm, 0)}% of a core`,
      );
    }

    // c. (again) after everyone left: what the server keeps once the sockets are gone; then the baseline,
    // the same number of sockets on a bare Socket.IO server in the same process.
    for (const v of viewers) v.client.disconnect();
    await sleep(Math.max(1_500, SOCKETS / 2));
    const heapGone = await channel.ask<Extract<ServerReply, { type: "heap" }>>({ type: "heap" }, "heap");
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
    const heapBare = await channel.ask<Extract<ServerReply, { type: "heap" }>>({ type: "heap" }, "heap");
    for (const client of bareClients) client.disconnect();
    const bareHeapKb = (heapBare.heapUsed - heapGone.heapUsed) / bareClients.length / 1024;
    const bareRssKb = (heapBare.rss - heapGone.rss) / bareClients.length / 1024;

    // ---- report ----
    console.log(
      `\nSummary (${SOCKETS} sockets; server and Postgres on ${pin ? "CPU0" : "any CPU"}, swarm on ${pin ? "CPU1" : "any CPU"})\n`,
    );
    const f = (arm: Arm) => results.get(arm)!;
    const base = f("emit-store");
    const fanoutRows = arms.map((arm) => {
      const r = f(arm);
      return [
        arm,
        String(r.all.length),
        String(r.missing),
        fmt(percentile(r.hot, 50), 2),
        fmt(percentile(r.hot, 99), 2),
        fmt(percentile(r.all, 50), 2),
        fmt(percentile(r.all, 99), 2),
        fmt(percentile(r.last, 99), 2),
      ];
    });
    console.log(
      `a. Fan-out of one activity event (${TRIALS} trials per arm, interleaved; latency = receive − trigger, ms)`,
    );
    console.log(
      "   emit-store: io.to(store).emit of the same payload (same 2,000 recipients as activity:recorded);" +
        " emit-hot: io.to(hot product room).emit (500 recipients);",
    );
    console.log(
      `   activity: recordActivity() in the server (enqueue; the writer stores it after its flush delay, ${flushDelay}, then broadcasts to the store room)\n`,
    );
    console.log(
      table(
        ["arm", "deliveries", "missing", "hot p50", "hot p99", "all p50", "all p99", "last-socket p99"],
        fanoutRows,
      ),
    );
    const ratio = (arm: Arm, against: ReturnType<typeof fresh>, p: number) =>
      percentile(f(arm).hot, p) / percentile(against.hot, p);
    const fanoutRatios = [
      ["activity ÷ emit-store", ratio("activity", base, 50), ratio("activity", base, 99)],
      ["activity ÷ emit-hot", ratio("activity", f("emit-hot"), 50), ratio("activity", f("emit-hot"), 99)],
    ] as const;
    const ratioTable = (rows: readonly (readonly [string, number, number])[], aim: number) =>
      table(
        ["pair", "p50 ratio", "p99 ratio", `met ≤${aim} p50/p99`],
        rows.map(([name, p50, p99]) => [
          name,
          fmt(p50, 2),
          fmt(p99, 2),
          `${meets(p50, aim, "max")}/${meets(p99, aim, "max")}`,
        ]),
      );
    console.log(`\n   ratios at hot-room sockets (aim ≤ ${AIM.fanoutRatio}; activity p99 ≤ ${AIM.fanoutP99Ms} ms)\n`);
    console.log(ratioTable(fanoutRatios, AIM.fanoutRatio));
    const activityP99 = percentile(f("activity").hot, 99);
    console.log(
      `   activity p99 at hot-room sockets: ${fmt(activityP99, 1)} ms (≤ ${AIM.fanoutP99Ms}: ${meets(activityP99, AIM.fanoutP99Ms, "max")})`,
    );

    console.log(`\nb. Presence pushes under churn (${CHURN_S} s each; per second, received by all clients)`);
    console.log(
      "   naive/room: each join and leave sent to every other member of that room; naive/all: each join and leave sent to every" +
        " other socket (per-event pushes of shop-wide counts, the anchor's B6 model)\n",
    );
    console.log(
      table(
        [
          "scenario",
          "moves/s",
          "ours msg/s",
          "ours counts/s",
          "naive/room",
          "ratio",
          "naive/all",
          "ratio",
          "met ≤1/50 (room)",
          "push gap ms",
        ],
        churnResults.map((r) => [
          r.name,
          fmt(r.switchesPerS, 1),
          fmt(r.pushesPerS, 0),
          fmt(r.entriesPerS, 0),
          fmt(r.naiveRoomPerS, 0),
          `1/${fmt(r.naiveRoomPerS / r.pushesPerS, 1)}`,
          fmt(r.naiveEveryonePerS, 0),
          `1/${fmt(r.naiveEveryonePerS / r.pushesPerS, 0)}`,
          meets(r.pushesPerS / r.naiveRoomPerS, AIM.presenceRatio, "max"),
          fmt(r.observedIntervalMs, 0),
        ]),
      ),
    );
    console.log(
      "   counts/s: room counts carried by our messages (a store-room push lists every changed room); a naive message carries one.",
    );

    console.log("\nc. Server memory per idle socket (after forced GC)\n");
    console.log(
      table(
        ["", "heapUsed MB", "rss MB", "engine clients"],
        [
          [
            "before swarm",
            fmt(heapBefore.heapUsed / 2 ** 20, 1),
            fmt(heapBefore.rss / 2 ** 20, 1),
            String(heapBefore.sockets),
          ],
          [
            `${SOCKETS} idle sockets`,
            fmt(heapAfter.heapUsed / 2 ** 20, 1),
            fmt(heapAfter.rss / 2 ** 20, 1),
            String(heapAfter.sockets),
          ],
          [
            "after disconnect",
            fmt(heapGone.heapUsed / 2 ** 20, 1),
            fmt(heapGone.rss / 2 ** 20, 1),
            String(heapGone.sockets),
          ],
          [
            `+ ${bareClients.length} on bare Socket.IO`,
            fmt(heapBare.heapUsed / 2 ** 20, 1),
            fmt(heapBare.rss / 2 ** 20, 1),
            String(heapBare.sockets),
          ],
        ],
      ),
    );
    console.log(
      `   per socket: heap ${fmt(heapPerSocketKb, 2)} KB (aim ≤ ${AIM.heapKb}: ${meets(heapPerSocketKb, AIM.heapKb, "max")}), RSS ${fmt(rssPerSocketKb, 1)} KB` +
        ` — includes Socket.IO/engine/ws state, 3 rooms per socket and a presence entry; baseline taken after ${HEAP_WARMUP_SOCKETS} warm-up sockets came and went`,
    );
    console.log(
      `   baseline, bare Socket.IO (same engine options, one room, no middleware or handlers): heap ${fmt(bareHeapKb, 2)} KB, ` +
        `RSS ${fmt(bareRssKb, 1)} KB per socket → ours ÷ bare heap ${fmt(heapPerSocketKb / bareHeapKb, 2)}`,
    );

    console.log(
      `\nd. Q&A: question post → every viewer of the hot room (${QA_TRIALS} trials per arm, interleaved; latency = receive − send, ms)`,
    );
    console.log(
      `   qa-ask: a hot-room shopper (${QA_ASKERS} take turns) emits qa:ask; the server spends the post limiter beside its reads, validates, stores` +
        " (question, follow and QaChange row in one statement) and broadcasts the stored thread as qa:changed to the room's",
    );
    console.log(
      `   ${HOT} sockets (the asker included). emit-hot-qa: the server emits a qa:changed of the same size ` +
        `(${median(realQaSizes)} B vs ${median(baselineQaSizes)} B JSON) to the same room, triggered over IPC.\n`,
    );
    console.log(
      table(
        ["arm", "deliveries", "missing", "p50", "p99", "last-socket p50", "last-socket p99"],
        qaArms.map((arm) => {
          const r = f(arm);
          return [
            arm,
            String(r.hot.length),
            String(r.missing),
            fmt(percentile(r.hot, 50), 2),
            fmt(percentile(r.hot, 99), 2),
            fmt(percentile(r.last, 50), 2),
            fmt(percentile(r.last, 99), 2),
          ];
        }),
      ),
    );
    console.log(`\n   ratio (aim ≤ ${AIM.qaRatio}; qa-ask p99 ≤ ${AIM.qaP99Ms} ms)\n`);
    console.log(
      ratioTable(
        [["qa-ask ÷ emit-hot-qa", ratio("qa-ask", f("emit-hot-qa"), 50), ratio("qa-ask", f("emit-hot-qa"), 99)]],
        AIM.qaRatio,
      ),
    );
    const qaP99 = percentile(f("qa-ask").hot, 99);
    console.log(
      `   qa-ask p99: ${fmt(qaP99, 1)} ms (≤ ${AIM.qaP99Ms}: ${meets(qaP99, AIM.qaP99Ms, "max")}); refused posts: ${qaErrors.length}` +
        (qaErrors.length ? ` (first: ${qaErrors[0]})` : ""),
    );
    const intact =
      stored.questions === sustained.acked &&
      stored.distinctKeys === stored.questions &&
      stored.askedChanges === stored.questions;
    console.log(
      `\n   sustained, with persistence: ${posters.length} posters (distinct product rooms outside the hot one), each asking again as` +
        ` soon as its ack returns, for ${QA_SECONDS} s (closed loop)\n`,
    );
    console.log(
      table(
        [
          "posts acked",
          "refused",
          "seconds",
          "posts/s",
          "ack p50 ms",
          "ack p99 ms",
          "stored",
          "distinct keys",
          "asked changes",
          "intact",
        ],
        [
          [
            String(sustained.acked),
            String(sustained.refused.length),
            fmt(sustainedS, 2),
            fmt(sustained.acked / sustainedS, 1),
            fmt(percentile(sustained.latencies, 50), 1),
            fmt(percentile(sustained.latencies, 99), 1),
            String(stored.questions),
            String(stored.distinctKeys),
            String(stored.askedChanges),
            intact ? "yes" : "NO",
          ],
        ],
      ),
    );
    console.log(
      `   intact: stored questions = acked posts, one per idempotency key, one "asked" change each (nothing lost or doubled).` +
        (sustained.refused.length ? ` First refusal: ${sustained.refused[0]}` : ""),
    );
    console.log(
      `   deliveries: qa:changed ${sustainedReceipts} of ${sustained.expectedReceipts} expected (each post's room), ` +
        `question_asked activity ${sustainedActivity.received} of ${sustainedActivity.expected} expected (every socket); ` +
        `CPU server ${fmt(100 * sustainedCpu.server, 0)}%, swarm ${fmt(100 * sustainedCpu.swarm, 0)}% of a core`,
    );
    console.log(
      `   every question is also a "question_asked" activity event for the whole store: ${fmt(sustainedActivity.expected / sustainedS, 0)} ` +
        "deliveries/s to every socket beside the posts' own; server child and Postgres share one core, so this fan-out may bound the rate more than the insert does.",
    );
    console.log(`\nconnect: ${SOCKETS} sockets in ${fmt(connectS, 1)} s; load average at end: ${loadAverage()}`);
    const swarmMax = Math.max(
      fanoutCpu.swarm,
      qaCpu.swarm,
      sustainedCpu.swarm,
      ...churnResults.map((r) => r.cpu.swarm),
    );
    if (swarmMax > 0.8) {
      console.log(
        `note: the swarm used up to ${fmt(100 * swarmMax, 0)}% of its core; latencies then include client-side queueing for both arms.`,
      );
    }
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
