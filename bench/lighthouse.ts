// npm run bench:lighthouse — Lighthouse (pinned 12.2.3, mobile defaults: simulated slow 4G and 4× CPU
// slowdown) in Debian's Chromium against the real shop's production build: home, a category, a product
// and search, median of BENCH_LH_RUNS (3) runs per page, plus each page's first-load JavaScript.
import { existsSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { loadAverage, machineReport } from "./support/machine";
import { fmt, median, meets, table } from "./support/stats";
import { onInterrupt } from "./support/cleanup";
import { startShopProcess, type ShopProcess } from "./support/shop-process";
import { measureFirstLoadJs } from "./support/first-load-js";

const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const AIM = { performance: 98, tbtMs: 50, cls: 0, accessibility: 100, bestPractices: 100, seo: 100, productJsKib: 110 };
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  tbtMs: number;
  cls: number;
  lcpMs: number;
  rscRequests: number;
  duplicateRscRequests: number;
  failedAudits: string[];
  shiftedElements: string[];
}

function log(message: string) {
  console.log(`[bench:lighthouse] ${message}`);
}

async function discoverPages(base: string): Promise<{ name: string; path: string; noindex?: boolean }[]> {
  const home = await (await fetch(base)).text();
  const product = /href="(\/products\/[^"/?#]+)"/.exec(home)?.[1];
  const category = /href="(\/categories\/[^"/?#]+)"/.exec(home)?.[1];
  if (!product || !category) throw new Error("the home page links no product or no category");
  return [
    { name: "home", path: "/" },
    { name: "category", path: category },
    { name: "product", path: product },
    { name: "search", path: "/search?q=coffee", noindex: true },
  ];
}

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = ((lhr.audits["network-requests"]?.details as { items?: { url: string }[] })?.items ?? []).map(
    (item) => item.url,
  );
  const rsc = requests.filter((u) => u.includes("_rsc="));
  const rscPaths = rsc.map((u) => new URL(u).pathname);
  const failedAudits = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  const shifts =
    (lhr.audits["layout-shifts"]?.details as { items?: { node?: { selector?: string; snippet?: string } }[] })?.items ??
    [];
  return {
    shiftedElements: shifts.map((item) => item.node?.selector ?? item.node?.snippet ?? "?"),
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Run["scores"],
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    lcpMs: numeric("largest-contentful-paint"),
    rscRequests: rsc.length,
    duplicateRscRequests: rscPaths.length - new Set(rscPaths).size,
    failedAudits,
  };
}

async function main() {
  // BENCH_BASE_URL audits a shop that is already running (another build, a cluster behind nginx).
  const given = process.env.BENCH_BASE_URL;
  if (!given && !existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("no production build: run `npx next build` first");
  }
  console.log(machineReport("npm run bench:lighthouse"));
  const shop: Pick<ShopProcess, "base" | "stop"> = given
    ? { base: given.replace(/\/$/, ""), stop: async () => null }
    : await startShopProcess({ authSecret: "bench-lighthouse-secret-0123456789abcdef", prefix: "lh" });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const cleanup = async () => {
    chrome.kill();
    await shop.stop();
  };
  onInterrupt(cleanup);
  try {
    const pages = await discoverPages(shop.base);
    const rows: string[][] = [];
    const details: string[] = [];
    for (const page of pages) {
      const url = `${shop.base}${page.path}`;
      for (let i = 0; i < 3; i++) await fetch(url); // rendered and cached before it is measured
      const js = await measureFirstLoadJs(url);
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await audit(url, chrome.port));
        log(
          `${page.name} run ${i + 1}/${RUNS}: performance ${runs.at(-1)!.scores.performance}, TBT ${fmt(runs.at(-1)!.tbtMs, 0)} ms`,
        );
      }
      const med = (pick: (r: Run) => number) => median(runs.map(pick));
      const perf = med((r) => r.scores.performance);
      const tbt = med((r) => r.tbtMs);
      const cls = med((r) => r.cls);
      const seo = med((r) => r.scores.seo);
      rows.push([
        page.name,
        fmt(perf, 0),
        fmt(tbt, 0),
        fmt(
          med((r) => r.lcpMs),
          0,
        ),
        fmt(cls, 3),
        fmt(
          med((r) => r.scores.accessibility),
          0,
        ),
        fmt(
          med((r) => r.scores["best-practices"]),
          0,
        ),
        page.noindex ? `${fmt(seo, 0)} (noindex)` : fmt(seo, 0),
        fmt(js.gzipBytes / 1024, 1),
        `${med((r) => r.rscRequests)}/${med((r) => r.duplicateRscRequests)}`,
        meets(perf, AIM.performance, "min") === "yes" && tbt <= AIM.tbtMs && cls <= AIM.cls ? "yes" : "NO",
      ]);
      const failed = [...new Set(runs.flatMap((r) => r.failedAudits))];
      if (failed.length > 0) details.push(`${page.name}: failing audits: ${failed.join(", ")}`);
      const shifted = [...new Set(runs.flatMap((r) => r.shiftedElements))];
      if (shifted.length > 0) details.push(`${page.name}: layout shifts: ${shifted.join(" | ")}`);
    }
    console.log(
      `\n${table(["page", "perf", "TBT ms", "LCP ms", "CLS", "a11y", "best pr.", "SEO", "first-load JS KiB gz", "RSC req/dup", "aim met"], rows)}`,
    );
    for (const line of details) console.log(line);
    console.log(
      `\naims: performance ≥ ${AIM.performance} with TBT ≤ ${AIM.tbtMs} ms and CLS ${AIM.cls}; accessibility, best practices, SEO ${AIM.seo} (noindex search excepted); product first-load JS ≤ ${AIM.productJsKib} KiB gzip`,
    );
    console.log(`median of ${RUNS} runs per page; load average at end ${loadAverage()}`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
