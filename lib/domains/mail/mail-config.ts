import { ZServerEnv } from "@/lib/platform/env";

export interface MailConfig {
  /** smtp:// or smtps:// with credentials; never logged or shown. */
  smtpUrl: string;
  fromAddress: string;
}

const ZMailEnv = ZServerEnv.pick({ SMTP_URL: true, MAIL_FROM: true, PUBLIC_ORIGIN: true, PORT: true });

/**
 * The mail settings, or null when SMTP_URL is unset: then nothing is queued and no page promises email.
 * Read per call (a few fields) so the server entry and Next's bundles see the same environment.
 */
export function mailConfig(source: Record<string, string | undefined> = process.env): MailConfig | null {
  const env = ZMailEnv.parse(source);
  if (!env.SMTP_URL) return null;
  const host = new URL(env.PUBLIC_ORIGIN ?? `http://localhost:${env.PORT}`).hostname;
  return { smtpUrl: env.SMTP_URL, fromAddress: env.MAIL_FROM ?? `no-reply@${host}` };
}

/** Where mail goes out, for the admin: host and port only, never the credentials. */
export function smtpServerLabel(config: MailConfig): string {
  const url = new URL(config.smtpUrl);
  return `${url.protocol}//${url.host}`;
}
