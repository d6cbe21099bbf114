export interface BackoffOptions {
  /** The first delay. */
  baseMs: number;
  /** No delay grows past this. */
  maxMs: number;
}

export const RECONNECT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/**
 * Capped exponential backoff with jitter: attempt 0 waits about `baseMs`, each next attempt twice as long
 * up to `maxMs`, and each delay is drawn from its upper half so tabs that lost the shop together do not
 * all come back in the same instant.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = RECONNECT_BACKOFF, random = Math.random) {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
