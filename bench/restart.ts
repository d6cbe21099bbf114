// npm run bench:restart — a rolling restart of a two-instance cluster under load (issue 19 §2), counted:
// page GETs, browser add-to-cart + checkout cycles (server actions), socket posts and a socket reader,
// all through nginx, while each instance is replaced in turn. Prints what succeeded and what failed; a
// restart nobody notices fails nothing. BENCH_ROUNDS (1) rolling restarts; needs a production build.
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import { chromium } from "@playwright/test";
import { parseServerEnv } from "@/lib/platform/env";
import { startShopCluster, type ShopCluster } from "@/scripts/cluster/start-cluster";
import { startRestartLoad } from "@/tests/support/restart-load";
import { loadAverage, machineReport } from "./support/machine";
import { onInterrupt, removeDir } from "./support/cleanup";
import { table } from "./support/stats";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const log = (message: string) => console.log(`[bench:restart] ${message}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npx next build` first");
  console.log(machineReport(`BENCH_ROUNDS=${ROUNDS} npm run bench:restart`));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-restart-"));
  let cluster: ShopCluster | undefined;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const cleanup = async () => {
    await browser.close();
    await cluster?.stop();
    removeDir(dataDir);
  };
  onInterrupt(cleanup);
  try {
    cluster = await startShopCluster({
      instances: 2,
      env: parseServerEnv({ DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "production" }),
      log: pino({ level: "warn" }),
      quiet: true,
    });
    const db = new pg.Client({ connectionString: cluster.databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string; slug: string; title: string }>(
      `UPDATE "Product" SET stock = 100000
        WHERE id = (SELECT id FROM "Product" WHERE published ORDER BY stock DESC, id LIMIT 1)
        RETURNING id, slug, title`,
    );
    const load = await startRestartLoad({ url: cluster.url, browser, product: rows[0]! });
    await sleep(10_000);
    for (let round = 1; round <= ROUNDS; round++) {
      log(`rolling restart ${round} of ${ROUNDS}`);
      await cluster.rollingRestart();
    }
    await sleep(10_000);
    const counts = await load.stop();
    const questions = await db.query<{ idempotencyKey: string }>(
      `SELECT "idempotencyKey" FROM "Question" WHERE "productId" = $1`,
      [rows[0]!.id],
    );
    await db.end();
    const stored = new Set(questions.rows.map((q) => q.idempotencyKey));
    const lost = [...counts.posts.acked].filter((k) => !stored.has(k)).length;
    const doubled = questions.rows.length - stored.size;
    console.log(
      table(
        ["", "ok", "failed"],
        [
          ["page GETs", String(counts.gets.ok), String(counts.gets.failed.length)],
          [
            "browser cycles (add to cart + checkout)",
            String(counts.checkouts.ok),
            String(counts.checkouts.failed.length),
          ],
          ["browser requests answered 5xx or failed", "", String(counts.browserFailures.length)],
          ["socket posts (acked / lost / doubled)", String(counts.posts.acked.size), `${lost} / ${doubled}`],
        ],
      ),
    );
    log(
      `GETs resent after nginx closed a kept-alive connection: ${counts.gets.transportRetries.length}; post retries: ${counts.posts.retries}; reader (re)connects: ${counts.reader.connects}`,
    );
    for (const failure of [...counts.gets.failed, ...counts.checkouts.failed, ...counts.browserFailures].slice(0, 10))
      log(`failure: ${failure}`);
    log(`load average at end: ${loadAverage()}`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
