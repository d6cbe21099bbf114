import type { Logger } from "pino";

const FORCE_EXIT_AFTER_MS = 10_000;

/**
 * On SIGTERM/SIGINT run the cleanup steps in order; the first must stop accepting connections and
 * wait for in-flight requests, so the database outlives every request that needs it.
 */
export function registerShutdown(log: Logger, steps: (() => Promise<void>)[]): void {
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    setTimeout(() => {
      log.error("shutdown took too long; exiting");
      process.exit(1);
    }, FORCE_EXIT_AFTER_MS).unref();

    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        log.error({ err: error }, "shutdown step failed");
      }
    }
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
