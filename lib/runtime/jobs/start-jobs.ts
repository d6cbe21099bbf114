import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import type { LiveSettings } from "@/lib/domains/settings/live-settings";
import { mailConfig, smtpServerLabel } from "@/lib/domains/mail/mail-config";
import { startActivityRetention } from "./activity-retention";
import { startAddressErasure } from "./address-erasure";
import { startBuyerHelpPrompts } from "./buyer-help-prompts";
import { startMailOutbox } from "./mail-outbox";
import { startPollCloser } from "./poll-closer";

export interface JobsDeps {
  db: () => Db;
  /** For the mail job's LISTEN connection. */
  databaseUrl: string;
  /** The live settings copy the realtime server keeps fresh (retention days, poll threshold, help delay). */
  settings: LiveSettings;
  /** Which of these shoppers have a tab open in the shop right now, on any instance. */
  inShopNow: (shopperIds: string[]) => Promise<Set<string>>;
  log: Logger;
  buyerHelpIntervalMs?: number;
  pollCloseIntervalMs?: number;
}

export interface Jobs {
  /** Runs every job once now (tests). */
  runNow(): Promise<void>;
  /** Stops the timers and waits for the mail in flight. */
  stop(): Promise<void>;
}

/**
 * The shop's background work, all started here (server.ts calls it once the realtime server is up):
 * activity retention, erasing answer-mail addresses that are due, closing expired polls, asking buyers to help with waiting questions, and the mail
 * outbox when SMTP_URL is set. The realtime server's own periodic pushes (presence, floor) stay with it.
 */
export function startJobs(deps: JobsDeps): Jobs {
  const { db, settings, log } = deps;
  const retention = startActivityRetention(db, settings, log);
  const addressErasure = startAddressErasure(db, log);
  const pollCloser = startPollCloser(db, settings, log, deps.pollCloseIntervalMs);
  const buyerHelp = startBuyerHelpPrompts(db, settings, deps.inShopNow, log, deps.buyerHelpIntervalMs);
  const mail = mailConfig();
  const outbox = mail ? startMailOutbox({ db, databaseUrl: deps.databaseUrl, mail, log }) : null;
  if (mail) log.info("order email goes out through %s", smtpServerLabel(mail));
  else log.info("SMTP_URL is not set: no order email is sent, and no page says one was");

  return {
    runNow: async () => {
      await pollCloser.runNow();
      await buyerHelp.runNow();
      await retention.runNow();
      await addressErasure.runNow();
      await outbox?.runNow();
    },
    stop: async () => {
      retention.stop();
      addressErasure.stop();
      pollCloser.stop();
      buyerHelp.stop();
      await outbox?.stop();
    },
  };
}
