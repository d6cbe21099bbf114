import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import { listenChannel } from "@/lib/platform/db/listen-channel";
import type { MailConfig } from "@/lib/domains/mail/mail-config";
import { MAIL_OUTBOX_CHANNEL } from "@/lib/domains/mail/outbox-channel";
import { sendDueMail } from "@/lib/domains/mail/send-due-mail";
import { createSmtpSender, type MailSender } from "@/lib/domains/mail/smtp-sender";
import { startIntervalJob } from "@/lib/platform/jobs/interval-job";

export interface MailOutboxOptions {
  db: () => Db;
  /** For the LISTEN connection that wakes the job when an enqueue commits. */
  databaseUrl: string;
  mail: MailConfig;
  log: Logger;
  /** The poll that picks up retries and anything a missed wake-up left behind. */
  intervalMs?: number;
  leaseMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  maxAttempts?: number;
  batchSize?: number;
  sender?: MailSender;
}

export interface MailOutboxJob {
  /** Resolves once commits wake the job (its LISTEN is in place). */
  listening: Promise<void>;
  /** Sends what is due now (tests; the job also runs on its own). */
  runNow(): Promise<void>;
  /** Stops taking new mail and waits for the sends in flight. */
  stop(): Promise<void>;
}

/** Sends the outbox: woken right after an enqueue commits (NOTIFY), and every few seconds for retries. */
export function startMailOutbox(options: MailOutboxOptions): MailOutboxJob {
  const { log } = options;
  const sender = options.sender ?? createSmtpSender(options.mail);
  let stopped = false;
  const settings = {
    leaseMs: options.leaseMs ?? 5 * 60_000,
    retryBaseMs: options.retryBaseMs ?? 30_000,
    retryMaxMs: options.retryMaxMs ?? 60 * 60_000,
    maxAttempts: options.maxAttempts ?? 8,
    batchSize: options.batchSize ?? 5,
    log,
    stopRequested: () => stopped,
  };
  // A wake-up during a run asks for one more pass, so mail committed mid-run is not left for the next tick.
  let again = false;
  let inFlight: Promise<void> | undefined;
  const drain = async () => {
    do {
      again = false;
      await sendDueMail(options.db(), sender, settings);
    } while (again && !stopped);
  };
  const work = () => {
    if (stopped) return Promise.resolve();
    const run = drain().finally(() => (inFlight = undefined));
    inFlight = run;
    return run;
  };
  const job = startIntervalJob("mail-outbox", options.intervalMs ?? 5_000, work, log);
  const wake = () => {
    if (stopped) return;
    again = true;
    void job.runNow();
  };
  const listener = listenChannel(options.databaseUrl, MAIL_OUTBOX_CHANNEL, wake, log);

  return {
    listening: listener.ready,
    runNow: () => job.runNow(),
    stop: async () => {
      stopped = true;
      job.stop();
      await listener.close();
      await inFlight?.catch(() => undefined);
      sender.close();
    },
  };
}
