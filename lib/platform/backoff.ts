/**
 * The one backoff formula: capped exponential. Retry `attempt` (0 for the first retry) waits `baseMs`
 * doubled `attempt` times, never more than `maxMs`. Universal (no Node APIs): the browser's reconnects
 * use it as well as the server's retries. Units are the caller's (milliseconds, or seconds for pauses).
 *
 * Jitter spreads callers that failed together: "full" draws from 0 to the delay (retries racing each
 * other, e.g. two transactions after a deadlock), "upper-half" from half the delay to all of it (tabs
 * coming back after an outage, still waiting at least half), "none" for schedules people are told.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  jitter?: "none" | "full" | "upper-half";
}

export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const doublings = Math.min(Math.max(0, attempt), 30);
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** doublings);
  switch (options.jitter ?? "none") {
    case "none":
      return ceiling;
    case "full":
      return Math.round(random() * ceiling);
    case "upper-half":
      return Math.round(ceiling / 2 + random() * (ceiling / 2));
  }
}
