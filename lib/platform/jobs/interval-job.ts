import type { Logger } from "pino";

export interface IntervalJob {
  /** Runs the job now (tests and shutdown drive it without waiting for the timer); joins a run in progress. */
  runNow(): Promise<void>;
  stop(): void;
}

/** Where a failed run goes: a logger (warned with the job's name) or a callback of the caller's own. */
export type JobFailure = Pick<Logger, "warn"> | ((error: unknown) => void);

/**
 * Runs `work` every `intervalMs`, one run at a time (a tick while a run is in progress joins it rather
 * than queueing another); a failed run is reported and the next one tries again. The timer never keeps
 * the process alive. Every periodic task in lib uses this, so none has its own timer lifecycle.
 */
export function startIntervalJob(
  name: string,
  intervalMs: number,
  work: () => Promise<void> | void,
  onFailure: JobFailure,
): IntervalJob {
  let running: Promise<void> | undefined;
  const report = (err: unknown) =>
    typeof onFailure === "function" ? onFailure(err) : onFailure.warn({ err, job: name }, "periodic job failed");
  const runNow = () =>
    (running ??= Promise.resolve()
      .then(work)
      .catch(report)
      .finally(() => (running = undefined)));
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
