import { emailLayout } from "./email-layout";
import { escapeHtml, subjectLine } from "./escape-html";
import type { MailOrder, RenderedMail } from "./rendered-mail";

export interface MailStep {
  toStatus: string;
  /** The note to the buyer; a step without one sends no mail. */
  note: string;
  staffName: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
}

const STEP_WORDS: Record<string, string> = {
  PLACED: "has been placed",
  SHIPPED: "has shipped",
  DELIVERED: "has been delivered",
  CANCELLED: "was cancelled",
};

/** Preparing goes by the store's own name for it ("Your order #1042: Roasting your beans"). */
function headlineOf(reference: string, status: string, preparingLabel: string): string {
  if (status === "PREPARING") return `Your order ${reference}: ${preparingLabel}`;
  return `Your order ${reference} ${STEP_WORDS[status] ?? `is now ${status.toLowerCase()}`}`;
}

/** One fulfilment step with the staff member's note to the buyer (and tracking, when shipped with it). */
export function orderStepMail(
  order: Pick<MailOrder, "reference" | "storeName" | "preparingLabel" | "customerName" | "link">,
  step: MailStep,
): RenderedMail {
  const headline = headlineOf(order.reference, step.toStatus, order.preparingLabel);
  const signed = step.staffName ? `— ${step.staffName}, ${order.storeName}` : `— ${order.storeName}`;
  const tracking = [step.carrier, step.trackingNumber].filter(Boolean).join(" ");
  // Only web links become links: a stored "javascript:" value stays text.
  const trackingHref = step.trackingUrl && /^https?:\/\//i.test(step.trackingUrl) ? step.trackingUrl : null;

  const text = [
    `Hello ${order.customerName},`,
    "",
    `${headline}.`,
    "",
    step.note,
    signed,
    ...(tracking || step.trackingUrl
      ? ["", `Tracking: ${[tracking, step.trackingUrl].filter(Boolean).join(" ")}`]
      : []),
    "",
    "Follow your order from any browser with this private link:",
    order.link,
    "",
  ].join("\n");

  const trackingHtml =
    tracking || step.trackingUrl
      ? `<p><strong>Tracking:</strong> ${escapeHtml(tracking)}${
          trackingHref
            ? ` <a href="${escapeHtml(trackingHref)}">${escapeHtml(trackingHref)}</a>`
            : step.trackingUrl
              ? ` ${escapeHtml(step.trackingUrl)}`
              : ""
        }</p>`
      : "";
  const bodyHtml = `<p>Hello ${escapeHtml(order.customerName)},</p>
<blockquote style="margin:16px 0;padding:8px 16px;border-left:4px solid #2f6b3a;white-space:pre-line">${escapeHtml(step.note)}</blockquote>
<p style="color:#6b5443">${escapeHtml(signed)}</p>${trackingHtml}`;

  return {
    subject: subjectLine(headline),
    text,
    html: emailLayout({ storeName: order.storeName, title: `${headline}.`, bodyHtml, link: order.link }),
  };
}
