import type { Logger } from "pino";

export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
  /** The step is abandoned (and logged) after this long, so one stuck dependency cannot hold the exit. */
  timeoutMs: number;
}

function within(ms: number, work: Promise<void>): Promise<"done" | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  return Promise.race([work.then(() => "done" as const), timeout]).finally(() => clearTimeout(timer));
}

/**
 * On SIGTERM/SIGINT runs the steps in order, each bounded by its timeout; a failed or abandoned step is
 * logged and the next one runs (so the database is still stopped when a flush failed). Exits 0 when the
 * sequence ran; a last-resort timer exits 1. A second SIGINT (Ctrl-C twice) exits at once. Returns the
 * same sequence for a start that failed: it stops what had started (an embedded Postgres would otherwise
 * outlive the process) and exits with the given code.
 */
export function registerShutdown(log: Logger, steps: ShutdownStep[]): (exitCode: number) => Promise<void> {
  const budgetMs = steps.reduce((sum, step) => sum + step.timeoutMs, 0) + 1_000;
  let shuttingDown = false;
  const shutdown = async (signal: NodeJS.Signals | null, exitCode = 0) => {
    if (shuttingDown) {
      if (signal === "SIGINT") process.exit(130);
      return;
    }
    shuttingDown = true;
    const started = Date.now();
    log.info({ signal }, signal ? "shutting down" : "stopping what had started");
    setTimeout(() => {
      log.error("shutdown took too long; exiting");
      process.exit(1);
    }, budgetMs).unref();

    for (const step of steps) {
      const stepStarted = Date.now();
      try {
        const outcome = await within(step.timeoutMs, step.run());
        if (outcome === "timeout") log.error({ step: step.name, ms: step.timeoutMs }, "shutdown step timed out");
        else log.debug({ step: step.name, ms: Date.now() - stepStarted }, "shutdown step done");
      } catch (error) {
        log.error({ err: error, step: step.name }, "shutdown step failed");
      }
    }
    log.info({ ms: Date.now() - started }, "stopped");
    process.exit(exitCode);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  return (exitCode) => shutdown(null, exitCode);
}
