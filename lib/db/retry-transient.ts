// Postgres aborts one side of a deadlock (40P01) or a serialization conflict (40001); the work itself was
// fine and succeeds when run again. Prisma reports these as P2034 from model queries and as P2010
// ("Raw query failed. Code: `40P01`") from $queryRaw/$executeRaw; the pg driver's own errors carry `code`.
const TRANSIENT_SQLSTATES = new Set(["40P01", "40001"]);

export interface RetryTransientOptions {
  /** Total tries, the first included. */
  attempts?: number;
  /** The backoff ceiling before the first retry, doubled for each later one. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called before each retry (for logs and benches). */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const DEFAULTS = { attempts: 5, baseDelayMs: 15, maxDelayMs: 400 };

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

/** True for a deadlock or serialization failure, however deep Prisma or the driver wrapped it. */
export function isTransientConflict(error: unknown): boolean {
  for (let e = error, depth = 0; e !== null && typeof e === "object" && depth < 5; e = field(e, "cause"), depth++) {
    const code = field(e, "code");
    if (code === "P2034") return true;
    if (typeof code === "string" && TRANSIENT_SQLSTATES.has(code)) return true;
    const meta = field(e, "meta");
    const metaCode = field(meta, "code");
    if (typeof metaCode === "string" && TRANSIENT_SQLSTATES.has(metaCode)) return true;
    const adapterCause = field(field(meta, "driverAdapterError"), "cause");
    if (field(adapterCause, "kind") === "TransactionWriteConflict") return true;
    const original = field(adapterCause, "originalCode");
    if (typeof original === "string" && TRANSIENT_SQLSTATES.has(original)) return true;
  }
  return false;
}

/**
 * Runs `work` (a whole transaction: Postgres has already rolled the failed one back) and runs it again
 * after a deadlock or serialization failure, waiting a random time up to a doubling, capped ceiling ("full
 * jitter", so the retrying sides do not collide again in step). Any other error is thrown at once.
 */
export async function retryTransient<T>(
  work: (attempt: number) => Promise<T>,
  options: RetryTransientOptions = {},
): Promise<T> {
  const { attempts, baseDelayMs, maxDelayMs, onRetry } = { ...DEFAULTS, ...options };
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delayMs = Math.round(Math.random() * ceiling);
      onRetry?.(error, attempt, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
