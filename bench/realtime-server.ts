// The server side of bench/realtime.ts: the real realtime factory on a plain node:http server, in its
// own process (started with --expose-gc) so the client swarm never shares its event loop. The parent
// drives it over IPC; every timestamp is taken in the parent.
import { createServer } from "node:http";
import path from "node:path";
import { writeHeapSnapshot } from "node:v8";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { Server } from "socket.io";
import { createDb } from "@/lib/platform/db/client";
import { STAFF_ROOM, STORE_ROOM, productRoom } from "@/lib/platform/contracts/rooms";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TQaChanged } from "@/lib/platform/contracts/qa";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import type { EventBudgetLimits } from "@/lib/runtime/realtime/event-budget";
import { DEFAULT_STORE_PUSH_INTERVAL_MS, createRealtimeServer } from "@/lib/runtime/realtime/create-realtime-server";
import { createPostLimiter, type PostLimits } from "@/lib/domains/qa/post-limiter";

export type ServerCommand =
  | { type: "heap" }
  | { type: "bare" }
  | { type: "cpu" }
  | { type: "activity"; seq: number; productId: string }
  | { type: "emit"; seq: number; room: "store" | "product"; productId: string; payload: TActivityEvent[] }
  | { type: "emit-qa"; seq: number; productId: string; payload: TQaChanged }
  | { type: "count-questions"; bodyPrefix: string }
  | { type: "stop" };

export type ServerReply =
  | {
      type: "ready";
      port: number;
      activityFlushMs: number | null;
      presenceIntervalMs: number | null;
      viewWindowMs: number;
      storePushIntervalMs: number;
    }
  | { type: "heap"; heapUsed: number; rss: number; sockets: number }
  | { type: "bare"; port: number }
  | { type: "cpu"; user: number; system: number; at: number }
  | { type: "done"; seq: number }
  | { type: "questions"; questions: number; distinctKeys: number; askedChanges: number }
  | { type: "error"; message: string };

const url = process.env.DATABASE_URL;
const secret = process.env.BENCH_AUTH_SECRET;
const origin = process.env.BENCH_ORIGIN;
if (!url || !secret || !origin) throw new Error("DATABASE_URL, BENCH_AUTH_SECRET and BENCH_ORIGIN are required");

/** Unset means the factory's default, which is what the bench is meant to measure. */
const optional = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
const ACTIVITY_FLUSH_MS = optional("BENCH_ACTIVITY_FLUSH_MS");
const PRESENCE_INTERVAL_MS = optional("BENCH_PRESENCE_INTERVAL_MS");
const STORE_PUSH_INTERVAL_MS = optional("BENCH_STORE_PUSH_INTERVAL_MS");
// Views are aggregated into one activity event per product per window; a window closing mid-phase
// would broadcast ~200 extra events to every socket, so the bench pushes it past the run's end.
const VIEW_WINDOW_MS = optional("BENCH_VIEW_WINDOW_MS") ?? 3_600_000;

const gc = (globalThis as { gc?: () => void }).gc;
function collect(): void {
  if (!gc) throw new Error("start the bench server with --expose-gc");
  for (let i = 0; i < 4; i++) gc();
}

// The real post limiter (Postgres counters, spent on every qa:ask) with limits no benchmark reaches:
// all bench sockets share one address, so the default per-IP limit would refuse them within seconds.
const BENCH_POST_LIMITS: PostLimits = {
  perShopper: { points: 1e9, duration: 60 },
  perIp: { points: 1e9, duration: 60 },
};

const BENCH_EVENT_BUDGET: EventBudgetLimits = {
  events: { points: 1e9, duration: 10 },
  refusals: { points: 1e9, duration: 30 },
};

function reply(message: ServerReply): void {
  process.send?.(message);
}

async function main() {
  const db = createDb(url!);
  const http = createServer();
  const realtime = await createRealtimeServer(http, {
    allowedOrigins: [origin!],
    db: () => db,
    authSecret: secret!,
    identifyStaff: async () => null,
    log: pino({ level: "warn" }),
    activityFlushMs: ACTIVITY_FLUSH_MS,
    presenceIntervalMs: PRESENCE_INTERVAL_MS,
    viewWindowMs: VIEW_WINDOW_MS,
    limiter: createPostLimiter(url!, BENCH_POST_LIMITS),
    // The per-person event budget (60 events per 10 s) is a flood defence for one browser; 20 bench
    // posters stand in for many shoppers, so it is lifted as the post limits are.
    eventBudget: BENCH_EVENT_BUDGET,
    // bench:cluster starts instances with a shared Redis; bench:realtime without.
    redisUrl: process.env.REDIS_URL || undefined,
    // bench:cluster connects through nginx: one proxy hop, as TRUST_PROXY=1 in production, so the
    // handshake gate counts the client's address rather than nginx's.
    trustProxy: optional("BENCH_TRUST_PROXY"),
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));

  // The memory baseline: Socket.IO with the same engine options and nothing of ours (no middleware,
  // no handlers, no presence), each socket in one shared room.
  let bare: Server | undefined;
  let heapMeasurements = 0;
  const openBare = async (): Promise<number> => {
    const bareHttp = createServer();
    bare = new Server(bareHttp, { path: "/socket.io", serveClient: false, maxHttpBufferSize: 16 * 1024 });
    bare.on("connection", (socket) => void socket.join("store"));
    await new Promise<void>((resolve) => bareHttp.listen(0, "127.0.0.1", resolve));
    return (bareHttp.address() as AddressInfo).port;
  };

  process.on("message", (raw: ServerCommand) => {
    void (async () => {
      switch (raw.type) {
        case "heap": {
          // Let pending handshakes' DB writes and closures settle before the collector runs.
          await new Promise((r) => setTimeout(r, 200));
          collect();
          const { heapUsed, rss } = process.memoryUsage();
          const sockets = realtime.io.engine.clientsCount + (bare?.engine.clientsCount ?? 0);
          // Where the memory goes: BENCH_HEAP_SNAPSHOT=<dir> writes a snapshot at each measurement, to compare.
          const snapshots = process.env.BENCH_HEAP_SNAPSHOT;
          if (snapshots) {
            const file = path.join(snapshots, `realtime-${++heapMeasurements}-${sockets}-sockets.heapsnapshot`);
            writeHeapSnapshot(file);
            console.log(`[realtime-server] heap snapshot: ${file}`);
          }
          reply({ type: "heap", heapUsed, rss, sockets });
          break;
        }
        case "bare": {
          reply({ type: "bare", port: await openBare() });
          break;
        }
        case "cpu": {
          const { user, system } = process.cpuUsage();
          reply({ type: "cpu", user, system, at: performance.now() });
          break;
        }
        case "activity": {
          // The real write path, as a cart action takes it: recordActivity() enqueues; the writer stores
          // the event after its flush delay (next turn of the loop by default), then broadcasts it.
          recordActivity(db, { kind: "cart_add", productId: raw.productId });
          reply({ type: "done", seq: raw.seq });
          break;
        }
        case "emit": {
          const room = raw.room === "store" ? STORE_ROOM : productRoom(raw.productId);
          realtime.io.to(room).emit("activity:recorded", raw.payload);
          reply({ type: "done", seq: raw.seq });
          break;
        }
        case "emit-qa": {
          // The Q&A baseline: the broadcast alone, as broadcastThread() sends it to a product's viewers.
          realtime.io.to(productRoom(raw.productId)).except(STAFF_ROOM).emit("qa:changed", raw.payload);
          reply({ type: "done", seq: raw.seq });
          break;
        }
        case "count-questions": {
          const where = { body: { startsWith: raw.bodyPrefix } };
          const [questions, keys, askedChanges] = await Promise.all([
            db.question.count({ where }),
            db.question.groupBy({ by: ["shopperId", "idempotencyKey"], where }),
            db.qaChange.count({ where: { kind: "asked", question: where } }),
          ]);
          reply({ type: "questions", questions, distinctKeys: keys.length, askedChanges });
          break;
        }
        case "stop": {
          await new Promise<void>((resolve) => (bare ? bare.close(() => resolve()) : resolve()));
          await realtime.close();
          await db.$disconnect();
          process.exit(0);
        }
      }
    })().catch((error: unknown) => reply({ type: "error", message: String(error) }));
  });

  reply({
    type: "ready",
    port: (http.address() as AddressInfo).port,
    activityFlushMs: ACTIVITY_FLUSH_MS ?? null, // null: the factory's default (the writer's flushDelayMs default)
    presenceIntervalMs: PRESENCE_INTERVAL_MS ?? null, // null: the factory's default
    viewWindowMs: VIEW_WINDOW_MS,
    storePushIntervalMs: STORE_PUSH_INTERVAL_MS ?? DEFAULT_STORE_PUSH_INTERVAL_MS,
  });
}

process.on("disconnect", () => process.exit(0));
main().catch((error: unknown) => {
  console.error("[realtime-server] failed to start:", error);
  process.exit(1);
});
