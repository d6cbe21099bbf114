import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueOrderMail } from "@/lib/domains/mail/enqueue-order-mail";
import type { MailConfig } from "@/lib/domains/mail/mail-config";
import { sendDueMail } from "@/lib/domains/mail/send-due-mail";
import { createSmtpSender } from "@/lib/domains/mail/smtp-sender";
import { placeTestOrder } from "../factories/orders";
import { startSenderProcess } from "../support/mail-sender-process";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const FROM = "orders@kitchen.test";
// Far longer than the test needs, so "a new sender leaves a leased row alone" holds however loaded the
// machine is; the lease's end is then brought forward in the row ("time passes") rather than waited out.
const LEASE_MS = 120_000;

let t: TestDatabase;
let smtp: SmtpTestServer;
let mail: MailConfig;
const log = pino({ level: "silent" });

beforeAll(async () => {
  [t, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  mail = { smtpUrl: smtp.url, fromAddress: FROM };
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    MAIL_FROM: FROM,
    PUBLIC_ORIGIN: "https://shop.kitchen.test",
    AUTH_SECRET: "restart-test-secret-restart-test-secret",
  });
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

/** A sender in this process (the one started after the "restart"). */
function sendNow() {
  const sender = createSmtpSender(mail);
  const options = { leaseMs: LEASE_MS, batchSize: 3, maxAttempts: 5, retryBaseMs: 60_000, retryMaxMs: 3_600_000, log };
  return sendDueMail(t.db, sender, options).finally(() => sender.close());
}

const startCrashableSender = () =>
  startSenderProcess({ DATABASE_URL: t.url, SMTP_URL: smtp.url, MAIL_FROM: FROM, OUTBOX_LEASE_MS: String(LEASE_MS) });

const confirmationOf = (orderId: string) =>
  t.db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: `order:${orderId}:confirmation` } });

/** The dead sender's lease runs out. */
async function leaseRunsOut(orderId: string) {
  const expired = await t.db.$executeRaw`
    UPDATE "MailOutbox" SET "leaseUntil" = now() - interval '1 second'
    WHERE "dedupeKey" = ${`order:${orderId}:confirmation`} AND "leaseUntil" > now()`;
  expect(expired).toBe(1);
}

const copiesTo = (email: string) => smtp.received.filter((m) => m.envelopeTo.includes(email));

describe("the outbox across a sender killed mid-send", () => {
  // A sender process starts under tsx: slow on a loaded machine.
  it(
    "sender killed before the server had the message: after its lease runs out the mail arrives exactly once",
    { timeout: 120_000 },
    async () => {
      const held = smtp.holdNextRecipient();
      const crashing = await startCrashableSender();
      const orderId = await placeTestOrder(t.db, { checkout: { email: "before-data@example.test" } });
      await held.reached; // the killed sender is between RCPT TO and DATA
      await crashing.kill();
      held.release();

      const leased = await confirmationOf(orderId);
      expect(leased).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(await sendNow()).toBe(0); // a new sender leaves the row alone while the dead one's lease runs

      await leaseRunsOut(orderId);
      expect(await sendNow()).toBe(1);
      expect(await confirmationOf(orderId)).toMatchObject({ status: "SENT", attempts: 2 });
      expect(copiesTo("before-data@example.test")).toHaveLength(1);
    },
  );

  it(
    "sender killed after the server took the message but before it answered: resent with the same Message-ID (at-least-once)",
    { timeout: 120_000 },
    async () => {
      const held = smtp.holdNextDataAnswer();
      const crashing = await startCrashableSender();
      const orderId = await placeTestOrder(t.db, { checkout: { email: "after-data@example.test" } });
      await held.reached; // the server has the whole message; its 250 is not sent yet
      await crashing.kill();
      held.release();

      expect(await sendNow()).toBe(0);
      await leaseRunsOut(orderId);
      expect(await sendNow()).toBe(1);

      // SMTP cannot tell a sender whether a message it never heard "250" for was delivered. We resend,
      // and both copies carry the row's Message-ID, so mail clients show one message.
      const row = await confirmationOf(orderId);
      expect(row).toMatchObject({ status: "SENT", attempts: 2 });
      const copies = copiesTo("after-data@example.test");
      expect(copies).toHaveLength(2);
      expect(new Set(copies.map((c) => c.parsed.messageId))).toEqual(new Set([row.messageId]));
    },
  );

  it("two senders draining the same outbox never send a row twice", async () => {
    const orderIds = await Promise.all(
      Array.from({ length: 12 }, (_, i) => placeTestOrder(t.db, { checkout: { email: `pair-${i}@example.test` } })),
    );
    const [a, b] = await Promise.all([sendNow(), sendNow()]);
    expect(a + b).toBe(12);
    for (const [i, orderId] of orderIds.entries()) {
      expect(copiesTo(`pair-${i}@example.test`)).toHaveLength(1);
      expect(await confirmationOf(orderId)).toMatchObject({ status: "SENT", attempts: 1 });
    }
    // Enqueueing again after it went out changes nothing.
    const again = await t.db.$transaction((tx) =>
      enqueueOrderMail(tx, { orderId: orderIds[0]!, kind: "confirmation" }),
    );
    expect(again).toEqual({ queued: false, reason: "already_queued" });
  });
});
