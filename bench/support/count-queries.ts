// The statements a bench's database client sends, for BENCH_QUERY_COUNT=1 (bench:checkout). Prisma reports
// every statement it sends (BEGIN excepted) through its "query" log event; emitting it costs some CPU, so it
// is off unless asked for.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/platform/db/generated/client";
import { poolConfig } from "@/lib/platform/db/pool-config";

export interface CountingDb {
  db: PrismaClient;
  /** Statements sent since the last call, by their first word (SELECT, INSERT, WITH, COMMIT…). */
  take(): Map<string, number>;
}

export function createCountingDb(url: string, max: number): CountingDb {
  const db = new PrismaClient({
    adapter: new PrismaPg(poolConfig(url, max)),
    log: [{ emit: "event", level: "query" }],
  });
  let seen = new Map<string, number>();
  db.$on("query", (e) => {
    const head = e.query.trim().split(/\s+/, 1)[0]!.toUpperCase();
    seen.set(head, (seen.get(head) ?? 0) + 1);
  });
  return {
    db,
    take() {
      const taken = seen;
      seen = new Map();
      return taken;
    },
  };
}
