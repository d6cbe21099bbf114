import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import { requestBuyerHelp } from "@/lib/domains/buyer-help/request-buyer-help";
import type { LiveSettings } from "@/lib/domains/settings/live-settings";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";

/** Every minute: questions waiting too long are offered to opted-in buyers who are in the shop. */
export function startBuyerHelpPrompts(
  db: () => Db,
  settings: LiveSettings,
  inShopNow: (shopperIds: string[]) => Promise<Set<string>>,
  log: Logger,
  intervalMs = 60_000,
): IntervalJob {
  return startIntervalJob(
    "buyer-help-prompts",
    intervalMs,
    async () =>
      void (await requestBuyerHelp(db(), { waitMinutes: settings.current().buyerHelpAfterMinutes, inShopNow })),
    log,
  );
}
