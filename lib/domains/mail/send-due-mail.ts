import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";
import { claimDueMail, giveUpInterruptedMail, type ClaimOptions, type ClaimedMail } from "./claim-due-mail";
import { recordFailure, recordRendered, recordSent, recordSkipped } from "./record-send-outcome";
import { renderOutboxMail } from "./render-outbox-mail";
import { describeSendError, isPermanentRefusal, type MailSender } from "./smtp-sender";
import type { RenderedMail } from "./templates/rendered-mail";

export interface SendDueMailOptions extends ClaimOptions {
  /** The first retry waits this long, each next one twice as long, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  log: Logger;
  /** The order's private link; defaults to orderPrivateLink (PUBLIC_ORIGIN, AUTH_SECRET). */
  link?: (orderId: string) => string;
  /** Checked between batches: a stopping job finishes the batch in hand and claims no more. */
  stopRequested?: () => boolean;
}

export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** The row's message: as stored, or written now (first attempt) and stored. Null: nothing to send. */
async function messageOf(db: Db, mail: ClaimedMail, options: SendDueMailOptions): Promise<RenderedMail | null> {
  if (mail.textBody !== null && mail.htmlBody !== null) {
    return { subject: mail.subject, text: mail.textBody, html: mail.htmlBody, unsubscribeUrl: mail.unsubscribeUrl };
  }
  const outcome = await renderOutboxMail(db, mail, options.link);
  if ("skip" in outcome) {
    await recordSkipped(db, mail, outcome.skip);
    return null;
  }
  if ("fail" in outcome) {
    await recordFailure(db, mail, { error: outcome.fail, retryInMs: null });
    return null;
  }
  await recordRendered(db, mail, outcome.mail);
  return outcome.mail;
}

async function sendOne(db: Db, sender: MailSender, mail: ClaimedMail, fromName: string, options: SendDueMailOptions) {
  const { log } = options;
  const message = await messageOf(db, mail, options);
  if (!message) return false;
  try {
    await sender.send({ fromName, to: mail.recipient, messageId: mail.messageId, ...message });
  } catch (error) {
    const giveUp = isPermanentRefusal(error) || mail.attempts >= options.maxAttempts;
    const retryInMs = giveUp ? null : retryDelayMs(mail.attempts, options.retryBaseMs, options.retryMaxMs);
    await recordFailure(db, mail, { error: describeSendError(error), retryInMs });
    log.warn({ mailId: mail.id, attempts: mail.attempts, retryInMs, err: error }, "mail not sent");
    return false;
  }
  // Sent, but our lease ran out meanwhile: another sender may send it too (same Message-ID).
  if (!(await recordSent(db, mail))) log.warn({ mailId: mail.id }, "mail sent after its lease ran out");
  return true;
}

/** Sends every due outbox row, a few at a time, until none is due. Returns how many went out. */
export async function sendDueMail(db: Db, sender: MailSender, options: SendDueMailOptions): Promise<number> {
  await giveUpInterruptedMail(db, options.maxAttempts);
  let fromName: string | undefined;
  let sent = 0;
  while (!options.stopRequested?.()) {
    const batch = await claimDueMail(db, options);
    if (batch.length === 0) return sent;
    const name = (fromName ??= (await getStoreSettings(db)).name);
    const results = await Promise.all(batch.map((mail) => sendOne(db, sender, mail, name, options)));
    sent += results.filter(Boolean).length;
  }
  return sent;
}
