// npm run bench:orders — the admin's order list and search over 10,000 orders, and a fulfilment step
// reaching the buyer's order page over its socket. Every figure beside a baseline measured in the same run.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/platform/contracts/events";
import type { TOrderProgressed, TOrderStatus } from "@/lib/platform/contracts/orders";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { addToCart } from "@/lib/domains/cart/cart";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { createDb, type Db } from "@/lib/platform/db/client";
import { logger } from "@/lib/platform/log/logger";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { seedDemoStore } from "@/lib/domains/demo/seed-demo-store";
import { advanceOrder } from "@/lib/domains/orders/advance-order";
import { listOrders, type ListOrdersInput } from "@/lib/domains/orders/list-orders";
import { encodeOrderCursor } from "@/lib/domains/orders/order-cursor";
import { createRealtimeServer, type RealtimeServer } from "@/lib/runtime/realtime/create-realtime-server";
import { publish } from "@/lib/platform/publish/publish";
import { toOrder, toStaff } from "@/lib/platform/publish/audience";
import { createPostLimiter } from "@/lib/domains/qa/post-limiter";
import { SHOPPER_COOKIE, signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import { loadAverage, machineReport } from "./support/machine";
import { fmt, meets, percentile, table } from "./support/stats";
import { onInterrupt, removeDir } from "./support/cleanup";
import { seedOrders } from "./support/seed-orders";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 10_000);
const LIST_TRIALS = Number(process.env.BENCH_LIST_TRIALS ?? 200);
const BUYERS = Number(process.env.BENCH_BUYERS ?? 40);
const AUTH_SECRET = "bench-orders-secret-bench-orders-secret-0123";
const ORIGIN = "http://bench.open-kitchen.test";
const AIM_P99_MS = 100;

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Ack<T> = { ok: true; data: T } | { ok: false; error: string };

function log(message: string) {
  console.log(`[bench:orders] ${message}`);
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function row(name: string, samples: number[], baseline: number[] | null, aim: boolean): string[] {
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  return [
    name,
    String(samples.length),
    fmt(p50, 2),
    fmt(p99, 2),
    baseline ? fmt(p50 / percentile(baseline, 50), 1) : "-",
    baseline ? fmt(p99 / percentile(baseline, 99), 1) : "-",
    aim ? meets(p99, AIM_P99_MS, "max") : "-",
  ];
}

/** a. The list and its searches, interleaved query by query with a primary-key read as the baseline. */
async function benchList(db: Db): Promise<string[][]> {
  const newestFirst = [{ createdAt: "desc" as const }, { id: "asc" as const }];
  const at = (skip: number) =>
    db.order.findFirstOrThrow({ orderBy: newestFirst, skip, select: { id: true, number: true, createdAt: true } });
  const [page200, middle] = await Promise.all([at(200 * 25 - 1), at(2500)]);
  const deepCursor = encodeOrderCursor(page200.createdAt, page200.id);
  const numberOf = middle.number;
  const cases: { name: string; input: ListOrdersInput }[] = [
    { name: "list: all, newest page", input: {} },
    { name: "list: Preparing tab", input: { status: "PREPARING" } },
    { name: "list: all, page 200 (keyset)", input: { after: deepCursor } },
    { name: "search: number", input: { q: `#${numberOf}` } },
    { name: "search: email prefix", input: { q: "grace.hop" } },
    { name: "search: name prefix", input: { q: "Katherine J" } },
    { name: "search: 1 letter (broad)", input: { q: "a" } },
  ];
  const someId = middle.id;
  const baseline: number[] = [];
  const samples = cases.map(() => [] as number[]);
  for (let i = 0; i < 20; i++) for (const c of cases) await listOrders(db, c.input); // warm-up
  for (let trial = 0; trial < LIST_TRIALS; trial++) {
    baseline.push(await time(() => db.order.findUnique({ where: { id: someId }, select: { id: true } })));
    for (const [i, c] of cases.entries()) samples[i]!.push(await time(() => listOrders(db, c.input)));
  }
  return [
    row("baseline: order by id (1 round trip)", baseline, null, false),
    ...cases.map((c, i) => row(c.name, samples[i]!, baseline, true)),
  ];
}

/** b. A step taken by staff → the buyer's page hears it; baseline: the same payload published with no write. */
async function benchStep(db: Db, realtime: RealtimeServer, url: string, staff: StaffMember): Promise<string[][]> {
  const product = await db.product.findFirstOrThrow({ where: { stock: { gt: 0 } }, orderBy: { stock: "desc" } });
  await db.product.update({ where: { id: product.id }, data: { stock: 100_000 } });
  const buyers: { orderId: string; client: Client; status: TOrderStatus }[] = [];
  const arrivals = new Map<string, (at: number) => void>();
  for (let i = 0; i < BUYERS; i++) {
    const shopperId = randomUUID();
    await addToCart(db, shopperId, product.id, 1);
    const { orderId } = await placeOrder(db, shopperId, benchCheckout(i), "EUR");
    const client: Client = connect(url, {
      transports: ["websocket"],
      extraHeaders: { origin: ORIGIN, cookie: `${SHOPPER_COOKIE}=${signShopperId(shopperId, AUTH_SECRET)}` },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      client.once("connect", () => resolve());
      client.once("connect_error", reject);
    });
    const ack = await new Promise<Ack<unknown>>((resolve) => client.emit("order:watch", { orderId }, resolve));
    if (!ack.ok) throw new Error(`order:watch refused: ${ack.error}`);
    client.on("order:progressed", (p: TOrderProgressed) => arrivals.get(p.step.id)?.(performance.now()));
    buyers.push({ orderId, client, status: "PLACED" });
  }
  const next: Partial<Record<TOrderStatus, "PREPARING" | "SHIPPED" | "DELIVERED">> = {
    PLACED: "PREPARING",
    PREPARING: "SHIPPED",
    SHIPPED: "DELIVERED",
  };
  const waitFor = (stepId: string) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`step ${stepId} never reached the buyer`)), 10_000);
      arrivals.set(stepId, (at) => {
        clearTimeout(timer);
        arrivals.delete(stepId);
        resolve(at);
      });
    });

  const step: number[] = [];
  const emit: number[] = [];
  const oneTrip: number[] = [];
  let sample: TOrderProgressed | null = null;
  for (const round of [0, 1, 2]) {
    for (const buyer of buyers) {
      const to = next[buyer.status]!;
      // The step: the domain call staff actions make (transaction + event + publish) until the buyer's socket has it.
      const heard = new Promise<number>((resolve) => {
        const listener = (p: TOrderProgressed) => {
          if (p.orderId !== buyer.orderId || p.status !== to) return;
          buyer.client.off("order:progressed", listener);
          resolve(performance.now());
        };
        buyer.client.on("order:progressed", listener);
      });
      const started = performance.now();
      const result = await advanceOrder(db, staff, {
        orderId: buyer.orderId,
        to,
        expectedStatus: buyer.status,
        idempotencyKey: randomUUID(),
        note: "Roasted this morning, batch 42",
        carrier: to === "SHIPPED" ? "CTT" : null,
        trackingNumber: to === "SHIPPED" ? "RR123456789PT" : null,
        trackingUrl: null,
      });
      step.push((await heard) - started);
      buyer.status = to;
      sample = result.progressed;
      // Baselines: the same payload to the same audiences with no database work, and after one round trip.
      const payload = (tag: string) => ({
        ...result.progressed,
        step: { ...result.progressed.step, id: `${tag}-${round}-${buyer.orderId}` },
      });
      const bare = payload("bare");
      const landed = waitFor(bare.step.id);
      const emitted = performance.now();
      publish("order:progressed", [toOrder(buyer.orderId), toStaff()], bare);
      emit.push((await landed) - emitted);
      const afterRead = payload("read");
      const readLanded = waitFor(afterRead.step.id);
      const read = performance.now();
      await db.order.findUnique({ where: { id: buyer.orderId }, select: { status: true } });
      publish("order:progressed", [toOrder(buyer.orderId), toStaff()], afterRead);
      oneTrip.push((await readLanded) - read);
    }
  }
  for (const b of buyers) b.client.disconnect();
  log(`step payload: ${Buffer.byteLength(JSON.stringify(sample))} B; ${realtime.io.engine.clientsCount} sockets left`);
  return [
    row("publish only (no database): reference", emit, null, false),
    row("baseline: 1 round trip + publish", oneTrip, null, false),
    row("step → buyer's page", step, oneTrip, true),
  ];
}

function benchCheckout(i: number) {
  return {
    idempotencyKey: randomUUID(),
    customerName: `Bench Buyer ${i}`,
    email: `bench.buyer${i}@example.test`,
    addressLine1: `${i} Bench Street`,
    addressLine2: "",
    city: "Lisbon",
    postalCode: "1100-001",
    country: "PT",
    paymentMethod: "pay_on_delivery" as const,
  };
}

async function main(): Promise<number> {
  console.log(machineReport("npm run bench:orders"));
  console.log(`plan: ${ORDERS} orders; ${LIST_TRIALS} interleaved trials per list query; ${BUYERS} buyers × 3 steps\n`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-orders-"));
  let database: EmbeddedDatabase | undefined;
  let db: Db | undefined;
  let realtime: RealtimeServer | undefined;
  const cleanup = async () => {
    await realtime?.close().catch(() => undefined);
    await db?.$disconnect().catch(() => undefined);
    // Pool connections still closing when Postgres stops are reported as lost; expected here, not news.
    logger.level = "error";
    await database?.stop().catch(() => undefined);
    removeDir(dataDir);
  };
  onInterrupt(cleanup);
  try {
    database = await startEmbeddedPostgres(dataDir);
    await applyMigrations(database.url);
    db = createDb(database.url, 10);
    await seedDemoStore(db);
    const user = await db.user.findFirstOrThrow({ where: { role: "host" } });
    const staff: StaffMember = { id: user.id, name: user.name, email: user.email, role: "host", image: user.image };
    const seeding = performance.now();
    await seedOrders(db, ORDERS, staff.id, staff.name);
    const counts = await db.order.groupBy({ by: ["status"], _count: { _all: true } });
    log(
      `seeded ${await db.order.count()} orders, ${await db.orderItem.count()} lines, ${await db.orderEvent.count()} events ` +
        `in ${fmt((performance.now() - seeding) / 1000)} s (${counts.map((c) => `${c.status} ${c._count._all}`).join(", ")})`,
    );

    const listRows = await benchList(db);

    const http = createServer();
    realtime = await createRealtimeServer(http, {
      allowedOrigins: [ORIGIN],
      db: () => db!,
      authSecret: AUTH_SECRET,
      identifyStaff: async () => null,
      log: pino({ level: "silent" }),
      limiter: createPostLimiter(database.url),
      floorIntervalMs: 3_600_000,
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const stepRows = await benchStep(db, realtime, url, staff);

    const header = ["measure", "n", "p50 ms", "p99 ms", "p50 ÷ base", "p99 ÷ base", `p99 ≤ ${AIM_P99_MS} ms`];
    console.log(`\na. Orders list and search over ${ORDERS} orders (listOrders: rows + counts per status)\n`);
    console.log(table(header, listRows));
    console.log(`\nb. Step → buyer's order page (advanceOrder until the buyer's socket has order:progressed)\n`);
    console.log(table(header, stepRows));
    console.log(`\nload average at end (1/5/15 min): ${loadAverage()}`);
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
