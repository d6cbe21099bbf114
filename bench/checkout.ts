// npm run bench:checkout — real checkout and cart operations by many buyers at once, through the domain
// functions, on a real Postgres; then the database is checked against what every buyer was told.
//
// Two arms, interleaved round by round: "shared" (every buyer over the same few products: the contention
// the issue is about) and "disjoint" (the same operation mix, each buyer over products of its own), the
// baseline measured in the same run. Postgres runs on CPU0 and this process on CPU1 where possible.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/platform/db/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { ensureShopper } from "@/lib/domains/shoppers/ensure-shopper";
import {
  createWorkload,
  newLedger,
  type BenchProduct,
  type Buyer,
  type Ledger,
  type OpKind,
} from "./checkout-workload";
import { invariantsHold, verifyArm, type Invariants } from "./checkout-verify";
import { loadAverage, machineReport } from "./support/machine";
import { fmt, median, percentile, table } from "./support/stats";
import { pinSelf, pinningEnabled } from "./support/processes";
import { onInterrupt, removeDir } from "./support/cleanup";
import { createCountingDb, type CountingDb } from "./support/count-queries";
import { postgresCpuSeconds } from "./support/postgres-cpu";

const OPS = Number(process.env.BENCH_OPS ?? 10_000);
const BUYERS = Number(process.env.BENCH_BUYERS ?? 50);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const POOL = Number(process.env.BENCH_POOL ?? 10);
// Enough that most of the run sells and the last rounds meet true "sold out".
const SHARED_STOCK = Number(process.env.BENCH_STOCK ?? 900);
const COUNT_QUERIES = process.env.BENCH_QUERY_COUNT === "1";
const ARMS = ["shared", "disjoint"] as const;
type Arm = (typeof ARMS)[number];

function log(message: string) {
  console.log(`[bench:checkout] ${message}`);
}

/** Deterministic choices, so two runs make the same kinds of carts. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An embedded cluster in a temp dir, or a scratch database on DATABASE_URL's server (dropped afterwards). */
async function openDatabase(): Promise<{
  url: string;
  close: () => Promise<void>;
  where: string;
  /** The embedded cluster's directory (its CPU is measured); none on DATABASE_URL's server. */
  clusterDir?: string;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `ok_bench_${randomBytes(6).toString("hex")}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      where: `scratch database ${name} on DATABASE_URL's server`,
      close: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-checkout-"));
  let database: EmbeddedDatabase | undefined;
  const close = async () => {
    await database?.stop().catch(() => undefined);
    database = undefined;
    removeDir(dataDir);
  };
  onInterrupt(close);
  database = await startEmbeddedPostgres(dataDir, "open_kitchen_bench");
  return { url: database.url, where: "embedded Postgres (temp dir)", close, clusterDir: path.join(dataDir, "postgres") };
}

async function createProducts(db: Db, categoryId: string, prefix: string, count: number, stock: number) {
  const products: BenchProduct[] = [];
  for (let i = 0; i < count; i++) {
    const p = await db.product.create({
      data: {
        slug: `${prefix}-${i}`,
        title: `${prefix} ${i}`,
        description: "A product made by the checkout bench.",
        priceCents: 500 + 100 * i,
        stock,
        categoryId,
      },
      select: { id: true, title: true, priceCents: true, stock: true },
    });
    products.push({ id: p.id, title: p.title, priceCents: p.priceCents, initialStock: p.stock });
  }
  return products;
}

async function prepareArm(
  db: Db,
  arm: Arm,
  categoryId: string,
): Promise<{ buyers: Buyer[]; products: BenchProduct[] }> {
  const shared = arm === "shared" ? await createProducts(db, categoryId, "shared", PRODUCTS, SHARED_STOCK) : [];
  const buyers: Buyer[] = [];
  const products: BenchProduct[] = [...shared];
  for (let i = 0; i < BUYERS; i++) {
    const own =
      arm === "shared"
        ? shared
        : await createProducts(db, categoryId, `own-${i}`, PRODUCTS, Math.max(1, Math.round(SHARED_STOCK / BUYERS)));
    if (arm === "disjoint") products.push(...own);
    const shopperId = randomUUID();
    await ensureShopper(db, shopperId);
    buyers.push({
      shopperId,
      products: own,
      known: new Map(),
      address: {
        customerName: `Bench Buyer ${i}`,
        email: `buyer${i}@bench.test`,
        addressLine1: `${arm} street ${i}`,
        addressLine2: "",
        city: "Lisbon",
        postalCode: "1100-001",
        country: "PT",
        paymentMethod: "pay_on_delivery",
      },
    });
  }
  return { buyers, products };
}

/** Every buyer loops until the round's operations are spent; returns the wall time and this process's CPU share. */
async function runRound(
  buyers: Buyer[],
  step: ReturnType<typeof createWorkload>,
  ledger: Ledger,
  ops: number,
  clusterDir: string | undefined,
) {
  let claimed = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const pg0 = clusterDir ? postgresCpuSeconds(clusterDir) : null;
  await Promise.all(
    buyers.map(async (b) => {
      while (claimed < ops) {
        const maxOps = Math.min(2, ops - claimed);
        claimed += maxOps;
        const ran = await step(b, maxOps);
        claimed -= maxOps - ran;
        ledger.ops += ran;
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const pg1 = clusterDir ? postgresCpuSeconds(clusterDir) : null;
  const seconds = (performance.now() - t0) / 1000;
  return {
    seconds,
    cpuShare: (cpu.user + cpu.system) / 1e6 / seconds,
    postgresShare: pg0 !== null && pg1 !== null ? (pg1 - pg0) / seconds : null,
  };
}

function report(arms: Record<Arm, { ledger: Ledger; seconds: number[]; invariants: Invariants }>) {
  const rows = ARMS.map((arm) => {
    const { ledger, seconds } = arms[arm];
    const total = seconds.reduce((a, b) => a + b, 0);
    const unexpected = [...ledger.outcomes].filter(([k]) => k.includes("UNEXPECTED")).reduce((n, [, v]) => n + v, 0);
    return [
      arm,
      String(ledger.ops),
      fmt(total, 1),
      fmt(ledger.ops / total, 0),
      String(unexpected),
      String(ledger.retries),
    ];
  });
  console.log(`\n${table(["arm", "ops", "seconds", "ops/s", "unexpected", "retries"], rows)}`);
  const ratios = arms.shared.seconds.map((s, i) => arms.disjoint.seconds[i]! / s);
  console.log(
    `shared ÷ disjoint ops/s (per-round pairs): median ${fmt(median(ratios), 2)} (min ${fmt(Math.min(...ratios), 2)}, max ${fmt(Math.max(...ratios), 2)})`,
  );

  for (const arm of ARMS) {
    const { ledger, invariants: i } = arms[arm];
    console.log(`\n${arm}: outcomes by kind`);
    const outcomes = [...ledger.outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, String(v)]);
    console.log(table(["outcome", "count"], outcomes));
    const kinds: OpKind[] = ["add", "set", "checkout", "checkout+add", "twins"];
    const latency = kinds.map((k) => {
      const s = ledger.latencies.get(k) ?? [];
      return [k, String(s.length), fmt(percentile(s, 50)), fmt(percentile(s, 99))];
    });
    console.log(table(["operation (ms)", "calls", "p50", "p99"], latency));
    console.log(
      `${arm}: invariants — stock = initial − sold and ≥ 0: ${i.products - i.stockWrong.length}/${i.products} products; ` +
        `orders matching their cart and total: ${i.orders - i.ordersWrong.length}/${i.orders}; ` +
        `cart lines lost: ${i.linesLost} of ${i.racingAdds} adds racing a checkout (other race mismatches ${i.racesWrong}); ` +
        `carts as last told: ${BUYERS - i.cartsWrong}/${BUYERS}; twins answered differently: ${ledger.twinsDiffering} of ${ledger.twins}; ` +
        `sold-out refusals with enough stock left: ${i.falseSoldOut} of ${ledger.soldOut.length} — ${invariantsHold(i) && ledger.twinsDiffering === 0 ? "HOLD" : "BROKEN"}`,
    );
    if (i.stockWrong.length > 0) console.log(`  stock wrong: ${i.stockWrong.slice(0, 5).join(", ")}`);
    if (i.ordersWrong.length > 0) console.log(`  orders wrong: ${i.ordersWrong.slice(0, 5).join(", ")}`);
  }
}

/** "13.1 (SELECT 5.2, WITH 3.0, …)": statements sent per operation, by kind; BEGIN is not reported by Prisma. */
function describeStatements(counts: Map<string, number>, ops: number): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const kinds = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${fmt(n / ops, 2)}`);
  return `${fmt(total / ops, 2)} (${kinds.join(", ")}; BEGIN not counted)`;
}

async function main(): Promise<number> {
  // As the shop runs. It matters here: outside production Prisma captures a stack trace on every query (to
  // point at the caller in error messages), a fifth of the buyers' CPU in a profile.
  Object.assign(process.env, { NODE_ENV: "production" });
  console.log(machineReport("npm run bench:checkout"));
  console.log(
    `plan: ${OPS} operations per arm (${ROUNDS} interleaved rounds) by ${BUYERS} buyers; ${PRODUCTS} products per buyer ` +
      `(shared: the same ${PRODUCTS} for all, stock ${SHARED_STOCK} each; disjoint: ${PRODUCTS} of each buyer's own, stock ` +
      `${Math.round(SHARED_STOCK / BUYERS)} each); pool ${POOL} connections; mix per step: 50% add, 8% set quantity, ` +
      `27% checkout, 10% checkout while another tab adds, 5% double submit; unpaid-order limits lifted (no payments here); ` +
      `NODE_ENV=production\n`,
  );
  const pin = pinningEnabled() && !process.env.DATABASE_URL;
  if (pin && pinSelf(0)) log("pinning: Postgres on CPU0, buyers (this process) on CPU1");
  const database = await openDatabase();
  const counting: CountingDb | undefined = COUNT_QUERIES ? createCountingDb(database.url, POOL) : undefined;
  const db = counting?.db ?? createDb(database.url, POOL);
  try {
    await applyMigrations(database.url);
    if (pin) pinSelf(1);
    const category = await db.category.create({ data: { slug: "bench", name: "Bench" } });
    const arms = {} as Record<Arm, { ledger: Ledger; seconds: number[]; invariants: Invariants }>;
    const setup = {} as Record<
      Arm,
      { buyers: Buyer[]; products: BenchProduct[]; step: ReturnType<typeof createWorkload> }
    >;
    for (const [n, arm] of ARMS.entries()) {
      const ledger = newLedger();
      const prepared = await prepareArm(db, arm, category.id);
      setup[arm] = { ...prepared, step: createWorkload(db, ledger, prng(7 + n)) };
      arms[arm] = { ledger, seconds: [], invariants: undefined as unknown as Invariants };
    }
    log(`${database.where}: migrated, ${BUYERS} buyers per arm ready; load average ${loadAverage()}`);

    for (let round = 0; round < ROUNDS; round++) {
      const ops = Math.round(OPS / ROUNDS);
      // Alternate which arm goes first, so a drift in machine load does not favour one.
      for (const arm of round % 2 === 0 ? ARMS : [...ARMS].reverse()) {
        const { buyers, step } = setup[arm];
        counting?.take();
        const { seconds, cpuShare, postgresShare } = await runRound(
          buyers,
          step,
          arms[arm].ledger,
          ops,
          database.clusterDir,
        );
        arms[arm].seconds.push(seconds);
        log(
          `round ${round + 1} ${arm}: ${ops} ops in ${fmt(seconds, 1)} s (${fmt(ops / seconds, 0)} ops/s); ` +
            `CPU per op: buyers ${fmt((1000 * cpuShare * seconds) / ops, 2)} ms (${fmt(100 * cpuShare, 0)}% of a core)` +
            (postgresShare === null
              ? ""
              : `, Postgres ${fmt((1000 * postgresShare * seconds) / ops, 2)} ms (${fmt(100 * postgresShare, 0)}% of a core)`),
        );
        if (counting) log(`  statements per op: ${describeStatements(counting.take(), ops)}`);
      }
    }
    for (const arm of ARMS) {
      arms[arm].invariants = await verifyArm(db, setup[arm].buyers, setup[arm].products, arms[arm].ledger);
    }
    report(arms);
    console.log(`\nload average at end: ${loadAverage()}`);
    const broken = ARMS.some(
      (arm) =>
        !invariantsHold(arms[arm].invariants) ||
        arms[arm].ledger.twinsDiffering > 0 ||
        [...arms[arm].ledger.outcomes.keys()].some((k) => k.includes("UNEXPECTED")),
    );
    if (broken) console.log("RESULT: an invariant broke or an operation failed unexpectedly (see above)");
    return broken ? 1 : 0;
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[bench:checkout] failed:", error);
    process.exit(1);
  },
);
