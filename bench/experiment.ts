// npm run bench:experiment — an experiment's results over 1,000,000 exposures and 50,000 paid orders (aim ≤ 1 s,
// aggregates in SQL), and what assignment adds to GET /api/shopper (aim ≤ 1 ms). Baselines in the same run:
// a count(*) over the same exposures, and a one-row primary-key read (the request's own cheapest query).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/platform/db/client";
import { logger } from "@/lib/platform/log/logger";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/platform/db-setup/embedded-postgres";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { enrolShopper } from "@/lib/domains/experiments/enrol-shopper";
import { readExperimentReport } from "@/lib/domains/experiments/read-experiment-report";
import { startExperiment } from "@/lib/domains/experiments/start-experiment";
import { loadAverage, machineReport } from "./support/machine";
import { fmt, meets, median, percentile, table } from "./support/stats";
import { onInterrupt, removeDir } from "./support/cleanup";
import { seedExperimentHistory } from "./support/seed-experiment";

const EXPOSURES = Number(process.env.BENCH_EXPOSURES ?? 1_000_000);
const ORDERS = Number(process.env.BENCH_PAID_ORDERS ?? 50_000);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 7);
const ENROL_CALLS = 2_000;

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function benchResults(db: Db, id: string): Promise<string[][]> {
  const report: number[] = [];
  const baseline: number[] = [];
  await readExperimentReport(db, id, "Europe/Lisbon"); // warm-up: caches and plans
  for (let i = 0; i < TRIALS; i++) {
    baseline.push(
      await time(() => db.$queryRaw`SELECT count(*) FROM "ExperimentExposure" WHERE "experimentId" = ${id}`),
    );
    report.push(await time(() => readExperimentReport(db, id, "Europe/Lisbon")));
  }
  return [
    ["baseline: count(*) of the exposures", String(TRIALS), fmt(median(baseline)), "-", "-"],
    [
      "results page: totals, daily series, insights",
      String(TRIALS),
      fmt(median(report)),
      fmt(median(report) / median(baseline), 1),
      meets(median(report), 1000, "max"),
    ],
  ];
}

async function benchAssignment(db: Db, id: string): Promise<string[][]> {
  const shoppers = Array.from({ length: ENROL_CALLS }, (_, i) => `bench-enrol-${i}`);
  const cookies = new Map<string, Awaited<ReturnType<typeof enrolShopper>>["cookie"]>();
  const firstView: number[] = [];
  const laterView: number[] = [];
  const baseline: number[] = [];
  for (const shopperId of shoppers) {
    baseline.push(await time(() => db.experiment.findUnique({ where: { id }, select: { id: true } })));
    firstView.push(
      await time(async () =>
        cookies.set(shopperId, (await enrolShopper(db, { shopperId, excluded: false, cookie: null })).cookie),
      ),
    );
    laterView.push(
      await time(() => enrolShopper(db, { shopperId, excluded: false, cookie: cookies.get(shopperId) ?? null })),
    );
  }
  const row = (name: string, s: number[], aim: boolean) => [
    name,
    String(s.length),
    fmt(percentile(s, 50), 3),
    fmt(percentile(s, 99), 3),
    aim ? meets(percentile(s, 50), 1, "max") : "-",
  ];
  return [
    row("baseline: one-row read by primary key", baseline, false),
    row("assignment, first view (stores the exposure)", firstView, true),
    row("assignment, later views (cookie carries it)", laterView, true),
  ];
}

async function main(): Promise<number> {
  console.log(machineReport("npm run bench:experiment"));
  console.log(
    `plan: ${EXPOSURES.toLocaleString("en")} exposures, ${ORDERS.toLocaleString("en")} paid orders; ${TRIALS} trials\n`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ok-bench-experiment-"));
  let database: EmbeddedDatabase | undefined;
  let db: Db | undefined;
  const cleanup = async () => {
    await db?.$disconnect().catch(() => undefined);
    logger.level = "error";
    await database?.stop().catch(() => undefined);
    removeDir(dataDir);
  };
  onInterrupt(cleanup);
  try {
    database = await startEmbeddedPostgres(dataDir);
    await applyMigrations(database.url);
    db = createDb(database.url, 4);
    const history = await startExperiment(
      db,
      {
        name: "Bench history",
        design: "holdout",
        closedSharePercent: 20,
        blockHours: 2,
        washoutMinutes: 0,
        windowDays: 7,
      },
      "bench",
    );
    const seeding = performance.now();
    await seedExperimentHistory(db, history.id, EXPOSURES, ORDERS);
    console.log(`seeded in ${fmt((performance.now() - seeding) / 1000)} s\n`);
    console.log(
      table(["results", "trials", "median ms", "× baseline", "aim ≤ 1 s"], await benchResults(db, history.id)),
    );
    console.log();
    console.log(
      table(["assignment", "calls", "p50 ms", "p99 ms", "aim p50 ≤ 1 ms"], await benchAssignment(db, history.id)),
    );
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
