// npm run bench:pages — the real shop's pages against a bare node:http server serving the same bytes.
//
// The shop (server.ts, production build, its own embedded Postgres with the demo store) and the bare
// baseline each run in a child process; autocannon runs here. On a multi-core box the children are
// pinned to CPU0 and this process to CPU1, so both arms of each pair meet the same contention.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { findFreePort } from "@/lib/platform/db-setup/free-port";
import { SHOPPER_COOKIE, signShopperId } from "@/lib/domains/shoppers/shopper-cookie";
import { loadAverage, machineReport } from "./support/machine";
import { fmt, median, meets, table } from "./support/stats";
import { nextMessage, pinSelf, pinningEnabled, waitForExit } from "./support/processes";
import { onInterrupt, removeDir, stopOrphanPostgres, waitForPostgresGone } from "./support/cleanup";
import { startNginx, type RunningNginx } from "@/scripts/cluster/nginx";

const ROOT = process.cwd();
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
// Interleaved short rounds (A/B pairs) rather than one long run per target: on a shared 2-core box a
// single 10 s run per target swung bare req/s by 2.5× between runs; the median pair ratio does not.
const DURATION_S = Number(process.env.BENCH_DURATION ?? 3);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const AUTH_SECRET = "bench-pages-secret-bench-pages-secret-0123";
const AIM_PRODUCT_RATIO = 0.3;
// Through deploy/nginx.conf, the production path: nginx's short page cache in front of the shop.
const AIM_NGINX_RATIO = 0.5;
const AIM_P99_MS = 20;
const AIM_HOME_VS_PRODUCT = 0.8;

interface Target {
  name: string;
  arm: "shop" | "bare" | "shop via nginx" | "bare via nginx";
  page: "home" | "product";
  url: string;
  path: string;
}

interface Measurement {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  generatorCpu: number;
  cacheHeader: Map<string, number>;
}

function log(message: string) {
  console.log(`[bench:pages] ${message}`);
}

function forward(child: ChildProcess, prefix: string) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => console.error(`${prefix} ${line}`));
  }
}

async function waitForHealth(base: string, shop: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (shop.exitCode !== null) throw new Error(`the shop exited with code ${shop.exitCode} before it was healthy`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the shop was not healthy within ${ms / 1000} s`);
}

async function get(url: string, cookie: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(url, { headers: { cookie } });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

/** The header that says whether a target's answer came from a cache: Next's own, or nginx's in front. */
function cacheHeaderOf(target: Target): string | null {
  if (target.arm === "shop") return "x-nextjs-cache";
  if (target.arm.endsWith("via nginx")) return "x-cache-status";
  return null;
}

async function measure(target: Target, cookie: string, seconds: number): Promise<Measurement> {
  const header = cacheHeaderOf(target);
  const cacheHeader = new Map<string, number>();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "GET",
        path: target.path,
        headers: { cookie },
        onResponse: (_status, _body, _context, headers) => {
          if (!header) return;
          // autocannon keeps header names as sent (nginx's X-Cache-Status, Next's lower case).
          const name = Object.keys(headers).find((k) => k.toLowerCase() === header);
          const raw = name === undefined ? undefined : headers[name];
          const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "(none)");
          cacheHeader.set(value, (cacheHeader.get(value) ?? 0) + 1);
        },
      },
    ],
  });
  const cpu = process.cpuUsage(cpuBefore);
  const wallUs = (performance.now() - started) * 1000;
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    generatorCpu: (cpu.user + cpu.system) / wallUs,
    cacheHeader,
  };
}

function describeCache(counts: Map<string, number>): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return [...counts].map(([value, n]) => `${value} ${((100 * n) / total).toFixed(1)}%`).join(", ");
}

async function main(): Promise<number> {
  console.log(machineReport("npm run bench:pages"));
  console.log(
    `plan: ${CONNECTIONS} connections; ${WARMUP_S} s warm-up per target, then ${ROUNDS} interleaved round(s) of ` +
      `${DURATION_S} s per target (shop /, bare /, shop product, bare product, product through nginx to the shop, ` +
      `product through nginx to the bare server)\n`,
  );

  // BUILD_ID is written early; the prerender manifest only by a build that finished.
  const missing = ["BUILD_ID", "prerender-manifest.json"].filter((f) => !existsSync(path.join(ROOT, ".next", f)));
  if (missing.length > 0) {
    console.error(
      `No complete production build (.next/${missing.join(", .next/")} missing; a build may be running or have failed). ` +
        "Run `npx next build` first, then re-run.",
    );
    return 1;
  }

  const pin = pinningEnabled();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-pages-"));
  let shop: ChildProcess | undefined;
  let bare: ChildProcess | undefined;
  const proxies: RunningNginx[] = [];

  const cleanup = async () => {
    for (const proxy of proxies.splice(0)) await proxy.stop().catch(() => undefined);
    if (bare && bare.exitCode === null) {
      bare.kill("SIGTERM");
      await waitForExit(bare, 5_000);
    }
    if (shop && shop.exitCode === null) {
      shop.kill("SIGTERM"); // the shop's own shutdown stops its embedded Postgres
      const code = await waitForExit(shop, 20_000);
      if (code !== 0) log(`the shop exited with ${code === null ? "a forced kill" : `code ${code}`}`);
    }
    stopOrphanPostgres(dataDir);
    await waitForPostgresGone(dataDir);
    removeDir(dataDir);
  };
  onInterrupt(cleanup);

  try {
    if (pin && pinSelf(0)) log("pinning: shop, its Postgres and the bare server on CPU0; load generator on CPU1");
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      AUTH_SECRET,
      SEED_DEMO: "auto",
    };
    delete env.DATABASE_URL;
    delete env.PUBLIC_ORIGIN;
    const startedAt = performance.now();
    shop = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    forward(shop, "[shop]");
    await waitForHealth(base, shop, 180_000);
    log(`shop healthy at ${base} after ${fmt((performance.now() - startedAt) / 1000)} s (temp DATA_DIR ${dataDir})`);

    const cookie = `${SHOPPER_COOKIE}=${signShopperId(randomUUID(), AUTH_SECRET)}`;
    for (let i = 0; i < 5; i++) await get(`${base}/`, cookie);
    const home = await get(`${base}/`, cookie);
    if (home.status !== 200) throw new Error(`GET / answered ${home.status}`);
    const slug = /href="\/products\/([^"?#/]+)"/.exec(home.body.toString("utf8"))?.[1];
    if (!slug) throw new Error("no product link found on the home page");
    const productPath = `/products/${slug}`;
    let product = await get(`${base}${productPath}`, cookie);
    for (let i = 0; i < 20 && product.headers.get("x-nextjs-cache") !== "HIT"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      product = await get(`${base}${productPath}`, cookie);
    }
    if (product.status !== 200) throw new Error(`GET ${productPath} answered ${product.status}`);
    log(
      `captured / (${home.body.length} B, x-nextjs-cache ${home.headers.get("x-nextjs-cache") ?? "absent"}) and ` +
        `${productPath} (${product.body.length} B, x-nextjs-cache ${product.headers.get("x-nextjs-cache") ?? "absent"}, ` +
        `cache-control "${product.headers.get("cache-control") ?? ""}", ` +
        `${product.headers.get("set-cookie") ? "sets a cookie" : "no set-cookie"})`,
    );

    const routes = [
      {
        path: "/",
        file: path.join(dataDir, "home.html"),
        contentType: home.headers.get("content-type") ?? "text/html",
        cacheControl: home.headers.get("cache-control"),
      },
      {
        path: productPath,
        file: path.join(dataDir, "product.html"),
        contentType: product.headers.get("content-type") ?? "text/html",
        cacheControl: product.headers.get("cache-control"),
      },
    ];
    writeFileSync(routes[0]!.file, home.body);
    writeFileSync(routes[1]!.file, product.body);
    bare = fork(path.join(ROOT, "bench", "bare-server.ts"), [], {
      cwd: ROOT,
      execArgv: ["--import", "tsx"],
      env: { ...process.env, BARE_ROUTES: JSON.stringify(routes) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const { port: barePort } = await nextMessage<{ type: "ready"; port: number }>(bare, "ready");
    const bareBase = `http://127.0.0.1:${barePort}`;
    // The production path: deploy/nginx.conf (its placeholders filled as `npm run cluster` fills them) in
    // front of the shop, and the same config in front of the bare server as a reference. The bare server
    // sends the shop's Cache-Control, so nginx treats both pages alike.
    for (const upstream of [port, barePort]) {
      proxies.push(await startNginx({ listenPort: await findFreePort(), upstreams: [`127.0.0.1:${upstream}`], quiet: true }));
    }
    const [shopNginx, bareNginx] = proxies.map((p) => p.url) as [string, string];
    for (let i = 0; i < 3; i++) await get(`${shopNginx}${productPath}`, cookie);
    const viaNginx = await get(`${shopNginx}${productPath}`, cookie);
    if (!viaNginx.body.equals(product.body)) throw new Error(`nginx answered ${productPath} with other bytes than the shop`);
    log(`nginx (deploy/nginx.conf) in front of the shop at ${shopNginx}, of the bare server at ${bareNginx}`);
    if (pin) pinSelf(1);

    const targets: Target[] = [
      { name: "shop /", arm: "shop", page: "home", url: base, path: "/" },
      { name: "bare /", arm: "bare", page: "home", url: bareBase, path: "/" },
      { name: `shop ${productPath}`, arm: "shop", page: "product", url: base, path: productPath },
      { name: `bare ${productPath}`, arm: "bare", page: "product", url: bareBase, path: productPath },
      { name: `nginx→shop ${productPath}`, arm: "shop via nginx", page: "product", url: shopNginx, path: productPath },
      { name: `nginx→bare ${productPath}`, arm: "bare via nginx", page: "product", url: bareNginx, path: productPath },
    ];
    const runs = new Map<string, Measurement[]>(targets.map((t) => [t.name, []]));
    for (const target of targets) await measure(target, cookie, WARMUP_S);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) {
        const m = await measure(target, cookie, DURATION_S);
        runs.get(target.name)!.push(m);
        log(
          `round ${round} ${target.name}: ${fmt(m.reqPerSec, 0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ` +
            `generator CPU ${fmt(100 * m.generatorCpu, 0)}% of a core`,
        );
      }
    }

    const summary = (name: string) => {
      const ms = runs.get(name)!;
      const cache = new Map<string, number>();
      for (const m of ms) for (const [k, v] of m.cacheHeader) cache.set(k, (cache.get(k) ?? 0) + v);
      return {
        reqPerSec: median(ms.map((m) => m.reqPerSec)),
        p50: median(ms.map((m) => m.p50)),
        p99: median(ms.map((m) => m.p99)),
        errors: ms.reduce((a, m) => a + m.errors + m.non2xx, 0),
        generatorCpu: median(ms.map((m) => m.generatorCpu)),
        cache,
      };
    };
    const sizes: Record<Target["page"], number> = { home: home.body.length, product: product.body.length };

    console.log(
      `\nResults (${ROUNDS > 1 ? `median of ${ROUNDS} rounds` : "one round"} of ${DURATION_S} s; ${CONNECTIONS} connections)\n`,
    );
    console.log(
      table(
        ["target", "req/s", "p50 ms", "p99 ms", "bytes", "errors+non2xx", "gen CPU", "cache"],
        targets.map((t) => {
          const s = summary(t.name);
          return [
            t.name,
            fmt(s.reqPerSec, 0),
            fmt(s.p50, 0),
            fmt(s.p99, 0),
            String(sizes[t.page]),
            String(s.errors),
            `${fmt(100 * s.generatorCpu, 0)}%`,
            cacheHeaderOf(t) ? `${cacheHeaderOf(t)}: ${describeCache(s.cache)}` : "-",
          ];
        }),
      ),
    );

    // Every ratio against the bare server served directly, pair by pair within a round.
    const comparisons: { page: Target["page"]; arm: Target["arm"]; label: string; aim: number | null }[] = [
      { page: "home", arm: "shop", label: "/ shop ÷ bare", aim: null },
      { page: "product", arm: "shop", label: "product shop ÷ bare", aim: AIM_PRODUCT_RATIO },
      { page: "product", arm: "shop via nginx", label: "product nginx→shop ÷ bare", aim: AIM_NGINX_RATIO },
      { page: "product", arm: "bare via nginx", label: "product nginx→bare ÷ bare (reference)", aim: null },
    ];
    const ratioRows = comparisons.map(({ page, arm, label, aim }) => {
      const armT = targets.find((t) => t.page === page && t.arm === arm)!;
      const bareT = targets.find((t) => t.page === page && t.arm === "bare")!;
      const s = summary(armT.name);
      const b = summary(bareT.name);
      const bareRuns = runs.get(bareT.name)!;
      const pairs = runs.get(armT.name)!.map((m, i) => m.reqPerSec / bareRuns[i]!.reqPerSec);
      const ratio = median(pairs);
      const gated = aim !== null;
      return [
        label,
        fmt(ratio, 3),
        `${fmt(Math.min(...pairs), 3)}–${fmt(Math.max(...pairs), 3)}`,
        gated ? `≥ ${aim}` : "-",
        gated ? meets(ratio, aim, "min") : "-",
        `${fmt(s.p99, 0)} / ${fmt(b.p99, 0)}`,
        gated ? meets(s.p99, AIM_P99_MS, "max") : "-",
      ];
    });
    console.log("\nreq/s ÷ bare node:http served directly (same bytes; median of the per-round pair ratios, with min–max)\n");
    console.log(
      table(["comparison", "req/s ratio", "min–max", "aim", "met", "p99 arm / bare ms", `p99 ≤ ${AIM_P99_MS} ms`], ratioRows),
    );
    // Both shop arms of a round ran back to back, so their ratio meets the same contention.
    const homeRuns = runs.get(targets.find((t) => t.page === "home" && t.arm === "shop")!.name)!;
    const productRuns = runs.get(targets.find((t) => t.page === "product" && t.arm === "shop")!.name)!;
    const homePairs = homeRuns.map((m, i) => m.reqPerSec / productRuns[i]!.reqPerSec);
    const homeRatio = median(homePairs);
    console.log(
      `\nShop / ÷ shop product req/s: ${fmt(homeRatio, 2)} (${fmt(Math.min(...homePairs), 2)}–${fmt(Math.max(...homePairs), 2)}), ` +
        `aim ≥ ${AIM_HOME_VS_PRODUCT}: ${meets(homeRatio, AIM_HOME_VS_PRODUCT, "min")}`,
    );
    console.log(`\nload average at end: ${loadAverage()}`);
    const genMax = Math.max(...targets.map((t) => summary(t.name).generatorCpu));
    if (genMax > 0.8) {
      console.log(
        `note: the generator used up to ${fmt(100 * genMax, 0)}% of its core; bare req/s is then a floor ` +
          "(generator-bound), so the shop ÷ bare ratio is an upper bound.",
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
    console.error("[bench:pages] failed:", error);
    process.exit(1);
  },
);
