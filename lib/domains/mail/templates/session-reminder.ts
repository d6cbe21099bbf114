import { emailLayout } from "./email-layout";
import { escapeHtml, subjectLine } from "./escape-html";
import type { RenderedMail } from "./rendered-mail";

export interface MailReminder {
  storeName: string;
  title: string;
  description: string;
  hostName: string;
  /** "18:00 (Europe/Lisbon)": the stored start on the store's clock. */
  startsAtLabel: string;
  pageLink: string;
  stopAllLink: string;
  oneClickUrl: string;
}

/** "Starting in 10 minutes": the session, its host, when, and the page to join. */
export function sessionReminderMail(input: MailReminder): RenderedMail {
  const headline = `${input.title} starts at ${input.startsAtLabel}`;
  const text = [
    `${headline}, with ${input.hostName}.`,
    "",
    input.description,
    "",
    "Join on the shop's page:",
    input.pageLink,
    "",
    "You asked for this one reminder; your address is erased when the session ends.",
    `Stop all emails to this address: ${input.stopAllLink}`,
    "",
  ].join("\n");
  const bodyHtml = `<p>With ${escapeHtml(input.hostName)}.</p>
<p style="white-space:pre-line">${escapeHtml(input.description)}</p>`;
  const footerHtml = `<p style="margin:16px 0 0;font-size:12px;color:#6b5443">You asked for this one reminder; your address is erased when the session ends.
<a href="${escapeHtml(input.stopAllLink)}">Stop all emails to this address</a></p>`;
  return {
    subject: subjectLine(headline),
    text,
    html: emailLayout({
      storeName: input.storeName,
      title: `${headline}.`,
      bodyHtml,
      link: input.pageLink,
      linkLabel: "Join the session",
      linkNote: "The session's page shows it live, and its replay afterwards.",
      footerHtml,
    }),
    unsubscribeUrl: input.oneClickUrl,
  };
}
