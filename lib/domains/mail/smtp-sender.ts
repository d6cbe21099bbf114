import nodemailer from "nodemailer";
import type { MailConfig } from "./mail-config";

export interface OutboundMail {
  fromName: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** One-click unsubscribe (RFC 8058), for mail people asked for rather than mail about their order. */
  unsubscribeUrl?: string | null;
}

export interface MailSender {
  send(mail: OutboundMail): Promise<void>;
  close(): void;
}

/**
 * nodemailer over SMTP_URL. Timeouts are bounded so one attempt always ends well inside the outbox lease
 * (a send still running when its lease ran out could be duplicated by another sender).
 */
export function createSmtpSender(config: MailConfig): MailSender {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({
        from: { name: mail.fromName, address: config.fromAddress },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: {
          "Auto-Submitted": "auto-generated",
          ...(mail.unsubscribeUrl
            ? { "List-Unsubscribe": `<${mail.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
            : {}),
        },
      });
    },
    close: () => transport.close(),
  };
}

/** SMTP answers 5xx to a recipient or a message: retrying the same mail cannot succeed. */
export function isPermanentRefusal(error: unknown): boolean {
  const e = error as { responseCode?: unknown; code?: unknown };
  return (
    typeof e.responseCode === "number" && e.responseCode >= 500 && (e.code === "EENVELOPE" || e.code === "EMESSAGE")
  );
}

export function describeSendError(error: unknown): string {
  const e = error as { responseCode?: unknown; code?: unknown; message?: unknown };
  const message = typeof e.message === "string" ? e.message : String(error);
  const code = typeof e.code === "string" ? `${e.code}: ` : "";
  return `${code}${message}`;
}
