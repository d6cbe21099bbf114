import { formatMoney } from "@/lib/platform/money/format-money";
import { emailLayout } from "./email-layout";
import { escapeHtml, subjectLine } from "./escape-html";
import type { MailOrder, RenderedMail } from "./rendered-mail";

/** The confirmation sent when an order is placed: what was bought, where it goes, and the private link. */
export function orderConfirmationMail(order: MailOrder): RenderedMail {
  const money = (cents: number) => formatMoney(cents, order.currency);
  const title = `Thank you, ${order.customerName}`;
  const lines = order.items.map((i) => ({
    label: `${i.quantity} × ${i.title}`,
    amount: money(i.quantity * i.unitPriceCents),
  }));

  const text = [
    `${title}.`,
    "",
    `${order.storeName} has your order ${order.reference}.`,
    "",
    ...lines.map((l) => `  ${l.label}  ${l.amount}`),
    `  Total  ${money(order.totalCents)}`,
    "",
    `Payment: ${order.paymentLabel}`,
    "Delivery address:",
    ...[order.customerName, ...order.address].map((line) => `  ${line}`),
    "",
    "Follow your order from any browser with this private link:",
    order.link,
    "",
  ].join("\n");

  const rows = lines
    .map(
      (l) =>
        `<tr><td style="padding:4px 0">${escapeHtml(l.label)}</td><td style="padding:4px 0;text-align:right">${escapeHtml(l.amount)}</td></tr>`,
    )
    .join("");
  const bodyHtml = `<p>${escapeHtml(order.storeName)} has your order ${escapeHtml(order.reference)}.</p>
<table style="width:100%;border-collapse:collapse;font-size:15px">${rows}
<tr><td style="padding:8px 0;border-top:1px solid #e6d9cc;font-weight:bold">Total</td><td style="padding:8px 0;border-top:1px solid #e6d9cc;text-align:right;font-weight:bold">${escapeHtml(money(order.totalCents))}</td></tr></table>
<p><strong>Payment:</strong> ${escapeHtml(order.paymentLabel)}</p>
<p><strong>Delivery address:</strong><br>${[order.customerName, ...order.address].map((line) => escapeHtml(line)).join("<br>")}</p>`;

  return {
    subject: subjectLine(`Your order ${order.reference} at ${order.storeName}`),
    text,
    html: emailLayout({ storeName: order.storeName, title, bodyHtml, link: order.link }),
  };
}
