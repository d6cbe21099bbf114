// npm run bench:cluster — what a second instance costs and buys, measured in one run on one box.
//
// a. Delivery (bench/cluster/delivery.ts): the same payload emitted to a product room of a single
//    instance (no Redis) and, through the Redis adapter, from instance A to sockets on instance B; every
//    socket through nginx. Ratio cross ÷ single at p50 and p99; the same for a real merged activity push.
// b. Cached product page: req/s through nginx (its short cache in front of two instances) ÷ one instance
//    direct (Next's cache, shared in Redis).
// c. Dynamic pages: req/s of two instances (load split between them) ÷ one instance.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pino from "pino";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { createDb } from "@/lib/platform/db/client";
import { seedDemoStore } from "@/lib/domains/demo/seed-demo-store";
import { parseServerEnv } from "@/lib/platform/env";
import { SHOPPER_COOKIE, signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import { startRedis, type RunningRedis } from "@/scripts/cluster/redis";
import { startShopCluster, type ShopCluster } from "@/scripts/cluster/start-cluster";
import { machineReport, loadAverage } from "./support/machine";
import { fmt, median, meets, table } from "./support/stats";
import { ensureFdLimit } from "./support/processes";
import { RECEIVERS, delivery } from "./cluster/delivery";
import { onInterrupt, removeDir } from "./support/cleanup";

const ROOT = process.cwd();
// BENCH_PARTS=delivery runs part a alone (no production build needed); default: every part.
const PARTS = (process.env.BENCH_PARTS ?? "delivery,pages").split(",");
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECRET = "bench-cluster-secret-bench-cluster-secret-01";
const ORIGIN = "http://bench.test";

const log = (message: string) => console.log(`[bench:cluster] ${message}`);

async function rate(targets: { url: string; path: string }[], cookie: string, connections: number): Promise<number> {
  const results = await Promise.all(
    targets.map((t) =>
      autocannon({
        url: t.url,
        connections: Math.max(1, Math.round(connections / targets.length)),
        duration: DURATION_S,
        requests: [{ method: "GET", path: t.path, headers: { cookie, "accept-encoding": "gzip" } }],
      }),
    ),
  );
  const bad = results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  if (bad > 0) log(`warning: ${bad} errors or non-2xx responses in a round`);
  return results.reduce((sum, r) => sum + r.requests.average, 0);
}

async function pages(cluster: ShopCluster): Promise<string> {
  const [a, b] = cluster.instances as [ShopCluster["instances"][number], ShopCluster["instances"][number]];
  const cookie = `${SHOPPER_COOKIE}=${signShopperId(randomUUID(), SECRET)}`;
  const home = await (await fetch(`${a.url}/`, { headers: { cookie } })).text();
  const slug = /href="\/products\/([^"?#/]+)"/.exec(home)?.[1];
  if (!slug) throw new Error("no product link on the home page");
  const product = `/products/${slug}`;
  for (let i = 0; i < 10; i++) {
    for (const base of [a.url, b.url, cluster.url])
      await (await fetch(`${base}${product}`, { headers: { cookie } })).text();
  }
  const cached = await fetch(`${cluster.url}${product}`, { headers: { cookie } });
  log(
    `product ${product}: nginx says ${cached.headers.get("x-cache-status")}, Next says ${cached.headers.get("x-nextjs-cache")}`,
  );

  const ratios = { cached: [] as number[], home: [] as number[], search: [] as number[] };
  const raw = {
    nginx: [] as number[],
    direct: [] as number[],
    home1: [] as number[],
    home2: [] as number[],
    search1: [] as number[],
    search2: [] as number[],
  };
  await rate([{ url: cluster.url, path: product }], cookie, CONNECTIONS); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    const viaNginx = await rate([{ url: cluster.url, path: product }], cookie, CONNECTIONS);
    const direct = await rate([{ url: a.url, path: product }], cookie, CONNECTIONS);
    raw.nginx.push(viaNginx);
    raw.direct.push(direct);
    ratios.cached.push(viaNginx / direct);
    for (const [name, p] of [
      ["home", "/"],
      ["search", "/search?q=coffee"],
    ] as const) {
      const one = await rate([{ url: a.url, path: p }], cookie, CONNECTIONS);
      const two = await rate(
        [
          { url: a.url, path: p },
          { url: b.url, path: p },
        ],
        cookie,
        CONNECTIONS,
      );
      raw[`${name}1`].push(one);
      raw[`${name}2`].push(two);
      ratios[name].push(two / one);
    }
  }
  const r = (xs: number[]) => `${fmt(median(xs), 2)} (min ${fmt(Math.min(...xs), 2)}, max ${fmt(Math.max(...xs), 2)})`;
  return [
    table(
      ["target", "req/s (median of rounds)"],
      [
        [`${product} through nginx (cached)`, fmt(median(raw.nginx), 0)],
        [`${product} instance A direct (Next cache in Redis)`, fmt(median(raw.direct), 0)],
        ["/ on one instance", fmt(median(raw.home1), 0)],
        ["/ on two instances (load split)", fmt(median(raw.home2), 0)],
        ["/search?q=coffee on one instance", fmt(median(raw.search1), 0)],
        ["/search?q=coffee on two instances", fmt(median(raw.search2), 0)],
      ],
    ),
    `cached product, nginx ÷ one instance direct: ${r(ratios.cached)} (aim ≥ 3: ${meets(median(ratios.cached), 3, "min")})`,
    `dynamic /, two instances ÷ one: ${r(ratios.home)}`,
    `dynamic /search, two instances ÷ one: ${r(ratios.search)}`,
    `(${ROUNDS} interleaved rounds of ${DURATION_S} s, ${CONNECTIONS} connections per arm, generator in this process)`,
  ].join("\n");
}

async function main(): Promise<number> {
  // The nginx in front of each instance holds 2 × BENCH_RECEIVERS descriptors and inherits the limit.
  const relaunched = await ensureFdLimit(2 * RECEIVERS + 2048);
  if (relaunched !== undefined) return relaunched;
  console.log(machineReport("npm run bench:cluster"));
  if (
    PARTS.includes("pages") &&
    (!existsSync(path.join(ROOT, ".next", "BUILD_ID")) ||
      !existsSync(path.join(ROOT, ".next", "prerender-manifest.json")))
  ) {
    console.error("No complete production build: run `npx next build` first, then re-run.");
    return 1;
  }
  // Two directories, not two under one: the embedded Postgres runs as another user when we are root and
  // must reach its own directory through every parent.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-cluster-pg-"));
  const shopDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-cluster-shop-"));
  let database: EmbeddedDatabase | undefined;
  let redis: RunningRedis | undefined;
  let cluster: ShopCluster | undefined;
  const cleanup = async () => {
    await cluster?.stop();
    await redis?.stop();
    await database?.stop();
    removeDir(dataDir);
    removeDir(shopDir);
  };
  onInterrupt(cleanup);
  try {
    database = await startEmbeddedPostgres(dataDir);
    await applyMigrations(database.url);
    const db = createDb(database.url, 2);
    await seedDemoStore(db);
    const [productId, otherProductId] = (
      await db.product.findMany({ select: { id: true }, orderBy: { slug: "asc" }, take: 2 })
    ).map((p) => p.id);
    if (!productId || !otherProductId) throw new Error("the demo store has fewer than two products");
    await db.$disconnect();
    redis = await startRedis();
    if (PARTS.includes("delivery")) {
      const deliveryReport = await delivery(database.url, redis, [productId, otherProductId], {
        secret: SECRET,
        origin: ORIGIN,
      });
      console.log(`\na. delivery of one event to ${RECEIVERS} sockets per instance, through nginx\n${deliveryReport}`);
    }
    if (!PARTS.includes("pages")) {
      console.log(`\nload average at the end: ${loadAverage()}`);
      return 0;
    }

    cluster = await startShopCluster({
      instances: 2,
      env: parseServerEnv({ DATA_DIR: shopDir, AUTH_SECRET: SECRET, LOG_LEVEL: "warn", NODE_ENV: "production" }),
      log: pino({ level: "warn" }),
      quiet: true,
    });
    console.log(`\nb/c. pages (two instances behind nginx at ${cluster.url})\n${await pages(cluster)}`);
    console.log(`\nload average at the end: ${loadAverage()}`);
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
