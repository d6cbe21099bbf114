import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import { purgeExpiredActivity } from "@/lib/domains/activity/read-activity";
import type { LiveSettings } from "@/lib/domains/settings/live-settings";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";

const HOUR = 60 * 60 * 1000;

/** Deletes activity older than the merchant's retention, hourly. */
export function startActivityRetention(db: () => Db, settings: LiveSettings, log: Logger): IntervalJob {
  return startIntervalJob(
    "activity-retention",
    HOUR,
    async () => void (await purgeExpiredActivity(db(), settings.current().retentionDays)),
    log,
  );
}
