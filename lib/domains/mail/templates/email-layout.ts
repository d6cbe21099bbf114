import { escapeHtml } from "./escape-html";

/** A plain, inline-styled frame that reads well in mail clients that strip <style>. Body is trusted HTML. */
export function emailLayout(input: {
  storeName: string;
  title: string;
  bodyHtml: string;
  link: string;
  /** The button's words and the line under it; an order's private link by default. */
  linkLabel?: string;
  linkNote?: string;
  /** Trusted HTML after the link (unsubscribe links). */
  footerHtml?: string;
}): string {
  const linkLabel = input.linkLabel ?? "See your order";
  const linkNote = input.linkNote ?? "This link is private to you: it opens your order from any browser.";
  const storeName = escapeHtml(input.storeName);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title></head>
<body style="margin:0;padding:24px;background:#faf6f1;font-family:Georgia,serif;color:#2b1d14">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e6d9cc;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-size:14px;color:#6b5443">${storeName}</p>
<h1 style="margin:0 0 16px;font-size:22px">${escapeHtml(input.title)}</h1>
${input.bodyHtml}
<p style="margin:24px 0 0"><a href="${escapeHtml(input.link)}" style="display:inline-block;background:#2f6b3a;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(linkLabel)}</a></p>
<p style="margin:12px 0 0;font-size:13px;color:#6b5443">${escapeHtml(linkNote)} Link: ${escapeHtml(input.link)}</p>${input.footerHtml ?? ""}
</div>
</body></html>`;
}
