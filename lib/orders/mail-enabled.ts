/**
 * Whether the shop sends order email. Until the mail outbox lands this only reads SMTP_URL, so no page
 * claims an email was sent when none can be.
 */
export function mailEnabled(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}
