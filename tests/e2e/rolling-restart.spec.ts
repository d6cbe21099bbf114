// Issue 19 §2: restarting each of two instances in turn under load (page GETs, add to cart and checkout
// from real browsers, socket posts, a socket reader), through nginx: 0 failed requests, 0 lost or doubled
// posts, the reader's socket moves to the other instance and catches up.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import { expect, test } from "@playwright/test";
import { parseServerEnv } from "../../lib/platform/env";
import { startShopCluster, type ShopCluster } from "../../scripts/cluster/start-cluster";
import { startRestartLoad } from "../support/restart-load";

let cluster: ShopCluster;
let dataDir: string;
let db: pg.Client;
let product: { id: string; slug: string; title: string };

test.describe.configure({ mode: "serial", timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ok-e2e-rolling-"));
  cluster = await startShopCluster({
    instances: 2,
    // A loaded CI box renders slowly: requests in flight at a restart get 20 s to finish, not 5.
    env: parseServerEnv({ DATA_DIR: dataDir, LOG_LEVEL: "warn", NODE_ENV: "production", SHUTDOWN_GRACE_MS: "20000" }),
    log: pino({ level: "warn" }),
    quiet: true,
  });
  db = new pg.Client({ connectionString: cluster.databaseUrl });
  await db.connect();
  // Stock for every checkout the load can place (before any page showed the product's stock).
  const { rows } = await db.query<{ id: string; slug: string; title: string }>(
    `UPDATE "Product" SET stock = 100000
      WHERE id = (SELECT id FROM "Product" WHERE published ORDER BY stock DESC, id LIMIT 1)
      RETURNING id, slug, title`,
  );
  product = rows[0]!;
});

test.afterAll(async () => {
  await db?.end();
  await cluster?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test("each instance restarted in turn under load: nothing fails, nothing is lost or doubled", async ({ browser }) => {
  const existing = new Set((await db.query<{ id: string }>(`SELECT id FROM "Order"`)).rows.map((r) => r.id));
  const load = await startRestartLoad({ url: cluster.url, browser, product });
  const { counts } = load;
  /** What the load did so far (a failed wait prints it). */
  const progress = (ready: boolean) => ({
    ready,
    gets: counts.gets.ok,
    getFailures: counts.gets.failed.slice(0, 3),
    posts: counts.posts.acked.size,
    postRetries: counts.posts.retries,
    checkouts: counts.checkouts.ok,
    checkoutFailures: counts.checkouts.failed.slice(0, 3),
    slowCheckouts: counts.checkouts.slow.length,
    browserFailures: counts.browserFailures.slice(0, 3),
  });
  let before = { pids: [] as (number | undefined)[], posts: 0 };
  const ticker = setInterval(() => console.log("[rolling-restart]", JSON.stringify(progress(false))), 15_000);
  try {
    await restartUnderLoad();
  } finally {
    clearInterval(ticker);
    await load.stop();
  }
  const final = counts;

  async function restartUnderLoad() {
    // Everything is flowing before the first restart…
    await expect
      .poll(() => progress(counts.gets.ok > 10 && counts.posts.acked.size >= 2 && counts.checkouts.ok >= 1), {
        timeout: 180_000,
      })
      .toEqual(expect.objectContaining({ ready: true }));
    before = { pids: cluster.instances.map((i) => i.child.pid), posts: counts.posts.acked.size };

    await cluster.rollingRestart();

    // …and after the last one: more posts and another checkout went through the new instances.
    const checkoutsAfter = counts.checkouts.ok;
    await expect
      .poll(() => progress(counts.posts.acked.size >= before.posts + 3 && counts.checkouts.ok > checkoutsAfter), {
        timeout: 180_000,
      })
      .toEqual(expect.objectContaining({ ready: true }));
  }

  test.info().annotations.push({
    type: "counts",
    description: JSON.stringify({ ...progress(true), transportRetries: final.gets.transportRetries.length }),
  });
  const pids = cluster.instances.map((i) => i.child.pid);
  expect(pids.every((pid, i) => pid !== before.pids[i])).toBe(true);

  // 0 failed requests: page GETs, every browser request (pages, server actions, scripts), every cycle.
  expect(final.gets.failed).toEqual([]);
  expect(final.browserFailures).toEqual([]);
  expect(final.checkouts.failed).toEqual([]);
  expect(final.gets.ok).toBeGreaterThan(0);

  // Checkouts: every order a shopper saw placed is stored, and no shopper (one per cycle) has two.
  const orders = await db.query<{ id: string; shopperId: string }>(`SELECT id, "shopperId" FROM "Order"`);
  const placed = orders.rows.filter((r) => !existing.has(r.id));
  expect(placed.map((r) => r.id)).toEqual(expect.arrayContaining(final.checkouts.orderIds));
  expect(new Set(placed.map((r) => r.shopperId)).size).toBe(placed.length);

  // Socket posts: every question acknowledged is stored once; nothing else was stored.
  const questions = await db.query<{ id: string; idempotencyKey: string; body: string }>(
    `SELECT id, "idempotencyKey", body FROM "Question" WHERE "productId" = $1`,
    [product.id],
  );
  expect(questions.rows.map((q) => q.idempotencyKey).sort()).toEqual([...final.posts.acked].sort());
  for (const q of questions.rows) expect(q.body).toBe(final.posts.keys.get(q.idempotencyKey));

  // The reader moved instance (reconnected) and, live or by catching up, saw every question.
  expect(final.reader.connects).toBeGreaterThanOrEqual(2);
  expect([...final.reader.questionIds].sort()).toEqual(questions.rows.map((q) => q.id).sort());
});
