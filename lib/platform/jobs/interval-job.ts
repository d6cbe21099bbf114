import type { Logger } from "pino";

export interface IntervalJob {
  /** Runs the job now (tests and shutdown drive it without waiting for the timer). */
  runNow(): Promise<void>;
  stop(): void;
}

/** Runs `work` every `intervalMs`, one run at a time; a failed run is logged and the next one tries again. */
export function startIntervalJob(
  name: string,
  intervalMs: number,
  work: () => Promise<void>,
  log: Logger,
): IntervalJob {
  let running: Promise<void> | undefined;
  const runNow = () =>
    (running ??= work()
      .catch((err: unknown) => log.warn({ err, job: name }, "periodic job failed"))
      .finally(() => (running = undefined)));
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
