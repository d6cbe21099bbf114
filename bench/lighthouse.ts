// npm run bench:lighthouse — Lighthouse (pinned 12.2.3, mobile defaults: simulated slow 4G and 4× CPU
// slowdown) in Debian's Chromium against the real shop's production build: home, a category, a product and
// search, each in the open kitchen and in an experiment's closed kitchen (arms interleaved run by run), median
// of BENCH_LH_RUNS (5) runs per page and kitchen, what the open kitchen costs, and each page's first-load JS.
import { existsSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import { loadAverage, machineReport } from "./support/machine";
import { fmt } from "./support/stats";
import { onInterrupt } from "./support/cleanup";
import { startShopProcess } from "./support/shop-process";
import { measureFirstLoadJs } from "./support/first-load-js";
import { audit } from "./lighthouse/audit";
import { assertPageKnowsExperiment, setArmCookies, startHoldout, type KitchenArm } from "./lighthouse/kitchen-arms";
import { report, type PageResult } from "./lighthouse/report";

const RUNS = Number(process.env.BENCH_LH_RUNS ?? 5);
/** A comma-separated subset of home, category, product, search (all by default). */
const ONLY = process.env.BENCH_LH_PAGES?.split(",").map((p) => p.trim());
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const AUTH_SECRET = "bench-lighthouse-secret-0123456789abcdef";

function log(message: string) {
  console.log(`[bench:lighthouse] ${message}`);
}

async function discoverPages(base: string): Promise<{ name: string; path: string; noindex?: boolean }[]> {
  const home = await (await fetch(base)).text();
  const product = /href="(\/products\/[^"/?#]+)"/.exec(home)?.[1];
  const category = /href="(\/categories\/[^"/?#]+)"/.exec(home)?.[1];
  if (!product || !category) throw new Error("the home page links no product or no category");
  const pages = [
    { name: "home", path: "/" },
    { name: "category", path: category },
    { name: "product", path: product },
    { name: "search", path: "/search?q=coffee", noindex: true },
  ];
  return ONLY ? pages.filter((p) => ONLY.includes(p.name)) : pages;
}

async function main() {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("no production build: run `npx next build` first");
  }
  console.log(machineReport("npm run bench:lighthouse"));
  const shop = await startShopProcess({ authSecret: AUTH_SECRET, prefix: "lh" });
  // Before any page renders, so every cached page carries the experiment its kitchen script checks.
  const experiment = await startHoldout(shop.dataDir, AUTH_SECRET).catch(async (error: unknown) => {
    await shop.stop();
    throw error;
  });
  log(`started a 50% holdout (${experiment.id}); arms: a returning shopper of each group`);
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  const cleanup = async () => {
    chrome?.kill();
    await shop.stop();
  };
  onInterrupt(cleanup);
  try {
    chrome = await chromeLauncher.launch({
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
    const results: PageResult[] = [];
    for (const page of await discoverPages(shop.base)) {
      const url = `${shop.base}${page.path}`;
      for (let i = 0; i < 3; i++) await fetch(url); // rendered and cached before it is measured
      await assertPageKnowsExperiment(url, experiment.id);
      const result: PageResult = { ...page, js: await measureFirstLoadJs(url), runs: { open: [], closed: [] } };
      for (let i = 0; i < RUNS; i++) {
        // Interleaved, and each run starts with the other arm, so drift on the box meets both alike.
        const arms: KitchenArm[] = i % 2 === 0 ? experiment.arms : [...experiment.arms].reverse();
        for (const arm of arms) {
          await setArmCookies(chrome.port, shop.base, arm);
          const run = await audit(url, chrome.port);
          result.runs[arm.kitchen].push(run);
          log(
            `${page.name} ${arm.kitchen} run ${i + 1}/${RUNS}: performance ${run.scores.performance}, ` +
              `TBT ${fmt(run.tbtMs, 0)} ms, sockets ${run.liveSockets}`,
          );
          if ((arm.kitchen === "closed") !== (run.liveSockets === 0)) {
            throw new Error(`${page.name}: the ${arm.kitchen} kitchen opened ${run.liveSockets} sockets`);
          }
        }
      }
      results.push(result);
    }
    console.log(`\n${report(results, ["open", "closed"])}`);
    console.log(`median of ${RUNS} runs per page and kitchen; load average at end ${loadAverage()}`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
