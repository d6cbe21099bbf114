import { emailLayout } from "./email-layout";
import { escapeHtml, subjectLine } from "./escape-html";
import type { RenderedMail } from "./rendered-mail";

export interface MailAnswer {
  storeName: string;
  productTitle: string;
  question: string;
  answer: string;
  answererName: string;
  /** "Host", "Verified buyer", "Regular", or null. */
  badge: string | null;
  /** The reply is the one marked as the answer (by a host). */
  marked: boolean;
  threadLink: string;
  /** The page that stops mail about this question, and the one that stops all mail to the address. */
  stopQuestionLink: string;
  stopAllLink: string;
  oneClickUrl: string;
}

const quote = (text: string, colour: string) =>
  `<blockquote style="margin:12px 0;padding:8px 16px;border-left:4px solid ${colour};white-space:pre-line">${escapeHtml(text)}</blockquote>`;

/** "Your question was answered": the question, the answer, who answered (name and badge), the thread. */
export function answerMail(input: MailAnswer): RenderedMail {
  const headline = input.marked
    ? `An answer was marked on your question about ${input.productTitle}`
    : `Your question about ${input.productTitle} was answered`;
  const byline = `— ${input.answererName}${input.badge ? ` (${input.badge})` : ""}`;
  const text = [
    `${headline}.`,
    "",
    "You asked:",
    input.question,
    "",
    input.marked ? "The marked answer:" : "The answer:",
    input.answer,
    byline,
    "",
    "Read the whole thread:",
    input.threadLink,
    "",
    `Stop emails about this question: ${input.stopQuestionLink}`,
    `Stop all emails to this address: ${input.stopAllLink}`,
    "",
  ].join("\n");
  const bodyHtml = `<p style="margin:0;color:#6b5443">You asked:</p>${quote(input.question, "#c9b8a6")}
<p style="margin:0;color:#6b5443">${input.marked ? "The marked answer:" : "The answer:"}</p>${quote(input.answer, "#2f6b3a")}
<p style="color:#6b5443">${escapeHtml(byline)}</p>`;
  const footerHtml = `<p style="margin:16px 0 0;font-size:12px;color:#6b5443">You asked to be told about this question; your address is erased 30 days after it was answered.
<a href="${escapeHtml(input.stopQuestionLink)}">Stop emails about this question</a> ·
<a href="${escapeHtml(input.stopAllLink)}">Stop all emails to this address</a></p>`;
  return {
    subject: subjectLine(headline),
    text,
    html: emailLayout({
      storeName: input.storeName,
      title: `${headline}.`,
      bodyHtml,
      link: input.threadLink,
      linkLabel: "Read the thread",
      linkNote: "The thread is public on the shop.",
      footerHtml,
    }),
    unsubscribeUrl: input.oneClickUrl,
  };
}
