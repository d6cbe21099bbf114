import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import { closeExpiredPolls } from "@/lib/domains/polls/close-poll";
import type { LiveSettings } from "@/lib/domains/settings/live-settings";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";

/** Closes polls whose end time passed and announces their final results (each exactly once, any instance). */
export function startPollCloser(db: () => Db, settings: LiveSettings, log: Logger, intervalMs = 10_000): IntervalJob {
  return startIntervalJob(
    "poll-closer",
    intervalMs,
    async () => void (await closeExpiredPolls(db(), settings.current().presenceThreshold)),
    log,
  );
}
