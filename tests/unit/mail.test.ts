import { describe, expect, it } from "vitest";
import { mailConfig, smtpServerLabel } from "@/lib/domains/mail/mail-config";
import { messageIdFor } from "@/lib/domains/mail/message-id";
import { isOrderKey, orderPrivateLink } from "@/lib/domains/orders/order-link";
import { retryDelayMs } from "@/lib/domains/mail/send-due-mail";
import { escapeHtml, subjectLine } from "@/lib/domains/mail/templates/escape-html";

describe("mail settings", () => {
  it("are null without SMTP_URL, so nothing is queued", () => {
    expect(mailConfig({})).toBeNull();
  });

  it("default the sender to no-reply at the shop's host and never show credentials", () => {
    const config = mailConfig({ SMTP_URL: "smtp://user:secret@mail.test:2525", PUBLIC_ORIGIN: "https://shop.test" });
    expect(config).toEqual({ smtpUrl: "smtp://user:secret@mail.test:2525", fromAddress: "no-reply@shop.test" });
    expect(smtpServerLabel(config!)).toBe("smtp://mail.test:2525");
    expect(mailConfig({ SMTP_URL: "smtp://mail.test", MAIL_FROM: "orders@shop.test" })?.fromAddress).toBe(
      "orders@shop.test",
    );
  });
});

describe("Message-ID", () => {
  it("is the same for every attempt at one mail and differs between mails", () => {
    const a = messageIdFor("order:1:confirmation", "orders@shop.test");
    expect(a).toBe(messageIdFor("order:1:confirmation", "orders@shop.test"));
    expect(a).not.toBe(messageIdFor("order:2:confirmation", "orders@shop.test"));
    expect(a).toMatch(/^<[A-Za-z0-9.\-_]+@shop\.test>$/);
  });
});

describe("private order link", () => {
  it("is the HMAC of the id under the shop's secret, base64url, and opens the order page", () => {
    const link = orderPrivateLink("0b7c", "https://shop.test/", "s".repeat(32));
    expect(link).toMatch(/^https:\/\/shop\.test\/orders\/0b7c\?key=[A-Za-z0-9_-]{43}$/);
    expect(isOrderKey("0b7c", new URL(link).searchParams.get("key"), "s".repeat(32))).toBe(true);
    expect(orderPrivateLink("0b7c", "https://shop.test", "t".repeat(32))).not.toBe(link);
  });
});

describe("retry backoff", () => {
  it("doubles from the base and stops at the cap", () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 30, 200))).toEqual([30, 60, 120, 200, 200]);
  });
});

describe("template escaping", () => {
  it("escapes HTML and keeps a subject on one line", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(subjectLine("Order 1\r\nBcc: someone@evil.test")).toBe("Order 1 Bcc: someone@evil.test");
  });
});
