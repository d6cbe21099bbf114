import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import { eraseExpiredAddresses } from "@/lib/domains/mail-consent/stored-addresses";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * Erases the addresses shoppers gave for email once their purpose is over: 30 days after the question's
 * first host answer, or when the session they asked a reminder for has ended. Their mail rows go too.
 */
export function startAddressErasure(db: () => Db, log: Logger, intervalMs = TEN_MINUTES): IntervalJob {
  return startIntervalJob(
    "address-erasure",
    intervalMs,
    async () => {
      const erased = await eraseExpiredAddresses(db());
      if (erased > 0) log.info({ erased }, "erased email addresses whose purpose is over");
    },
    log,
  );
}
