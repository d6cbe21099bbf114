// npm run bench:history — the long randomized history check of issue 19 §1: BENCH_WRITERS (50) writers
// post Q&A changes through nginx to two instances until BENCH_CHANGES (10,000) are stored, BENCH_READERS
// (20) readers drop and reconnect at random, instance B is killed -9 at 30 % and Postgres restarts at 60 %.
// Prints, per reader, what its catch-up reads missed (lost) or invented (phantom) against the database,
// and the stored changes whose idempotency key appears twice (doubled). Exits 1 when any is not 0.
import { performance } from "node:perf_hooks";
import { runHistory } from "@/tests/support/history-check";
import { startHistoryStack, type HistoryStack } from "@/tests/support/history-stack";
import { loadAverage, machineReport } from "./support/machine";
import { onInterrupt } from "./support/cleanup";
import { table } from "./support/stats";

const CHANGES = Number(process.env.BENCH_CHANGES ?? 10_000);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 50);
const READERS = Number(process.env.BENCH_READERS ?? 20);

const log = (message: string) => console.log(`[bench:history] ${message}`);

async function main() {
  console.log(
    machineReport(`BENCH_CHANGES=${CHANGES} BENCH_WRITERS=${WRITERS} BENCH_READERS=${READERS} npm run bench:history`),
  );
  const current: HistoryStack = await startHistoryStack();
  onInterrupt(async () => current.close());
  log(`two instances behind nginx at ${current.cluster.nginx.url}; ${WRITERS} writers, ${READERS} readers`);
  const started = performance.now();
  try {
    const result = await runHistory({
      url: current.cluster.nginx.url,
      databaseUrl: current.databaseUrl,
      productIds: current.productIds,
      writers: WRITERS,
      readers: READERS,
      changes: CHANGES,
      chaos: [
        { at: 0.3, name: "kill -9 of instance B", run: () => current.cluster.instances[1]!.kill() },
        { at: 0.6, name: "Postgres restart", run: () => current.restartPostgres() },
      ],
      log,
    });
    const seconds = (performance.now() - started) / 1000;
    const lost = result.readers.reduce((sum, r) => sum + r.lost, 0);
    const phantom = result.readers.reduce((sum, r) => sum + r.phantom, 0);
    console.log(
      table(
        [
          "changes acked",
          "stored",
          "doubled",
          "lost (all readers)",
          "phantom",
          "reader reconnects",
          "re-reads",
          "post retries",
          "seconds",
        ],
        [
          [
            String(result.acked),
            String(result.stored),
            String(result.doubled),
            String(lost),
            String(phantom),
            String(result.readers.reduce((sum, r) => sum + r.reconnects, 0)),
            String(result.readers.reduce((sum, r) => sum + r.rereads, 0)),
            String(result.retries),
            seconds.toFixed(1),
          ],
        ],
      ),
    );
    log(`chaos: ${result.chaosRan.join(", ")}; load average at end: ${loadAverage()}`);
    const ok = result.stored === result.acked && result.doubled === 0 && lost === 0 && phantom === 0;
    log(ok ? "every reader's view equals the database" : "MISMATCH: see the table");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await current.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
