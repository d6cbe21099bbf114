import { backoffDelay } from "@/lib/platform/backoff";
import { isTransientConflict } from "./prisma-errors";

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
      const delayMs = backoffDelay(attempt - 1, { baseMs: baseDelayMs, maxMs: maxDelayMs, jitter: "full" });
      onRetry?.(error, attempt, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
