import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { formatDuration } from "@/lib/platform/time/format-duration";
import { processSingleton } from "@/lib/platform/process-singleton";

/**
 * The pool the limiters in Next's bundles share, on the database server.ts chose (DATABASE_URL is set
 * before Next loads). Two connections: a limit check is one short statement.
 */
export function limitPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the shop through server.ts");
  return processSingleton(
    "limit-pool",
    () => {
      const pool = new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true });
      pool.on("error", () => undefined); // an idle connection dropped by the server; the next query reconnects
      return pool;
    },
    url,
  );
}

/**
 * What a limiter says. A result, not a thrown class: limiters are one per process (globalThis) and may
 * have been built by another route's bundle, whose error classes would fail this bundle's instanceof.
 */
export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface Budget {
  points: number;
  /** Seconds the points are counted over. */
  duration: number;
  /** Seconds a key stays refused once over (default: until the window ends). */
  blockDuration?: number;
}

/** A rate-limiter-flexible counter in the shared rate_limits table (created by our migrations). */
export function postgresLimiter(pool: pg.Pool, keyPrefix: string, budget: Budget): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix,
    ...budget,
  });
}

/** Milliseconds a key is still refused for, or 0. */
export function refusedForMs(res: RateLimiterRes | null, points: number): number {
  return res && res.consumedPoints > points ? Math.max(0, res.msBeforeNext) : 0;
}

/** "45 s", "3 min", "1 h 5 min": how long to wait, for people, rounded up so nobody comes back too early. */
export function waitText(ms: number): string {
  return formatDuration(ms / 1000, { round: "up" });
}
