import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { addToCart } from "@/lib/domains/cart/cart";
import { placeOrder } from "@/lib/domains/checkout/place-order";
import { startMailOutbox, type MailOutboxJob } from "@/lib/runtime/jobs/mail-outbox";
import { confirmationMailState } from "@/lib/domains/mail/confirmation-mail-state";
import { enqueueOrderMail } from "@/lib/domains/mail/enqueue-order-mail";
import { NO_NOTE_REASON } from "@/lib/domains/mail/render-outbox-mail";
import type { MailConfig } from "@/lib/domains/mail/mail-config";
import { sendDueMail, type SendDueMailOptions } from "@/lib/domains/mail/send-due-mail";
import { createSmtpSender } from "@/lib/domains/mail/smtp-sender";
import { advanceOrder } from "@/lib/domains/orders/advance-order";
import { orderPrivateLink } from "@/lib/domains/orders/order-link";
import { createProduct } from "../factories/catalog";
import { createStaffMember, placeTestOrder } from "../factories/orders";
import { checkoutInput, createShopper } from "../factories/shoppers";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const ORIGIN = "https://shop.kitchen.test";
const SECRET = "mail-test-secret-mail-test-secret-0123";
const FROM = "orders@kitchen.test";
const HOUR = 60 * 60_000;

let t: TestDatabase;
let smtp: SmtpTestServer;
let mail: MailConfig;
const log = pino({ level: "silent" });

beforeAll(async () => {
  [t, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  mail = { smtpUrl: smtp.url, fromAddress: FROM };
  // placeOrder reads the mail settings and the link's origin and secret from the environment, as in the shop.
  Object.assign(process.env, { SMTP_URL: smtp.url, MAIL_FROM: FROM, PUBLIC_ORIGIN: ORIGIN, AUTH_SECRET: SECRET });
  await t.db.storeSettings.create({ data: { id: 1, name: "Ember & Oak <Roasters>" } });
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

/** Sends what is due, as the job does, with retries an hour apart so each attempt is the test's to start. */
function sendNow(overrides: Partial<SendDueMailOptions> = {}) {
  const sender = createSmtpSender(mail);
  const options = { leaseMs: 60_000, batchSize: 5, maxAttempts: 4, retryBaseMs: HOUR, retryMaxMs: 8 * HOUR, log };
  return sendDueMail(t.db, sender, { ...options, ...overrides }).finally(() => sender.close());
}

// The link the order page accepts (lib/domains/orders/order-link.ts), under the test's origin and secret.
const expectedLink = (orderId: string) => orderPrivateLink(orderId, ORIGIN, SECRET);

const numberOf = async (orderId: string) =>
  `#${(await t.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { number: true } })).number}`;

const rowOf = (dedupeKey: string) => t.db.mailOutbox.findUniqueOrThrow({ where: { dedupeKey } });

/** "Time passes": the row's retry is due now. */
async function dbNow(): Promise<number> {
  const rows = await t.db.$queryRaw<{ now: Date }[]>`SELECT now()`;
  return rows[0]!.now.getTime();
}

const makeDue = (dedupeKey: string) =>
  t.db.mailOutbox.update({ where: { dedupeKey }, data: { nextAttemptAt: new Date(0) } });

const receivedFor = (orderId: string) => smtp.received.filter((m) => m.parsed.text?.includes(expectedLink(orderId)));

describe("order confirmation email", () => {
  let job: MailOutboxJob | undefined;
  afterEach(async () => job?.stop());

  it("goes out right after the order commits (woken, not polled): recipient, subject, private link, escaped values", async () => {
    // An hour between polls: only the wake-up that commits with the order can make it arrive during the test.
    job = startMailOutbox({ db: () => t.db, databaseUrl: t.url, mail, log, intervalMs: HOUR });
    await job.listening;

    const orderId = await placeTestOrder(t.db, {
      checkout: { email: "ada.mail@example.test", customerName: "Ada <b>&</b> Lovelace" },
      product: { title: "Sunrise <script>alert(1)</script> Blend", priceCents: 1450 },
      quantity: 2,
    });
    await vi.waitFor(() => expect(receivedFor(orderId)).toHaveLength(1), { timeout: 15_000, interval: 50 });

    const [message] = receivedFor(orderId);
    const reference = await numberOf(orderId);
    expect(message!.envelopeTo).toEqual(["ada.mail@example.test"]);
    expect(message!.envelopeFrom).toBe(FROM);
    expect(message!.parsed.from?.value[0]).toMatchObject({ address: FROM, name: "Ember & Oak <Roasters>" });
    expect(message!.parsed.subject).toBe(`Your order ${reference} at Ember & Oak <Roasters>`);
    expect(message!.parsed.text).toContain(expectedLink(orderId));
    expect(message!.parsed.text).toContain("2 × Sunrise <script>alert(1)</script> Blend");
    expect(message!.parsed.text).toContain("€29.00");
    const html = String(message!.parsed.html);
    expect(html).toContain(`href="${expectedLink(orderId)}"`);
    expect(html).toContain("Ada &lt;b&gt;&amp;&lt;/b&gt; Lovelace");
    expect(html).toContain("Sunrise &lt;script&gt;alert(1)&lt;/script&gt; Blend");
    expect(html).not.toContain("<script>");

    const row = await rowOf(`order:${orderId}:confirmation`);
    expect(message!.parsed.messageId).toBe(row.messageId);
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, recipient: "ada.mail@example.test" });
    expect(row.sentAt).not.toBeNull();
    expect(await confirmationMailState(t.db, orderId)).toBe("sent");
  });

  it("is written in the order's transaction: a checkout that rolls back leaves no mail", async () => {
    const before = await t.db.mailOutbox.count();
    const product = await createProduct(t.db, { stock: 1 });
    const shopper = await createShopper(t.db);
    await addToCart(t.db, shopper.id, product.id, 1);
    await t.db.product.update({ where: { id: product.id }, data: { stock: 0 } });
    await expect(placeOrder(t.db, shopper.id, checkoutInput(), "EUR")).rejects.toMatchObject({ reason: "sold_out" });
    expect(await t.db.mailOutbox.count()).toBe(before);
  });

  it("is retried with exponential backoff after the server refuses (451), and arrives once", async () => {
    const orderId = await placeTestOrder(t.db);
    const key = `order:${orderId}:confirmation`;
    expect(await confirmationMailState(t.db, orderId)).toBe("queued");
    smtp.refuseNext(2, 451);

    await sendNow();
    let row = await rowOf(key);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(/451/);
    const firstWait = row.nextAttemptAt.getTime() - (await dbNow());
    expect(firstWait).toBeGreaterThan(HOUR - 60_000);
    expect(firstWait).toBeLessThanOrEqual(HOUR);

    // Not due yet: nothing is tried.
    await sendNow();
    expect((await rowOf(key)).attempts).toBe(1);

    await makeDue(key);
    await sendNow();
    row = await rowOf(key);
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row.nextAttemptAt.getTime() - (await dbNow())).toBeGreaterThan(2 * HOUR - 60_000);

    await makeDue(key);
    await sendNow();
    expect(await rowOf(key)).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(receivedFor(orderId)).toHaveLength(1);
    expect(smtp.refused).toBeGreaterThanOrEqual(2);
  });

  it("gives up at once when the server refuses the message for good (550)", async () => {
    const orderId = await placeTestOrder(t.db);
    const key = `order:${orderId}:confirmation`;
    smtp.refuseNext(1, 550);
    await sendNow();
    const row = await rowOf(key);
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toMatch(/550/);
    await makeDue(key);
    await sendNow();
    expect((await rowOf(key)).attempts).toBe(1);
    expect(receivedFor(orderId)).toHaveLength(0);
    expect(await confirmationMailState(t.db, orderId)).toBe("failed");
  });

  it("gives up after the last allowed attempt", async () => {
    const orderId = await placeTestOrder(t.db);
    const key = `order:${orderId}:confirmation`;
    smtp.refuseNext(2, 451);
    await sendNow({ maxAttempts: 2 });
    await makeDue(key);
    await sendNow({ maxAttempts: 2 });
    expect(await rowOf(key)).toMatchObject({ status: "FAILED", attempts: 2 });
    expect(receivedFor(orderId)).toHaveLength(0);
  });

  it("is one row per order however often it is enqueued, and a sent row is never sent again", async () => {
    const orderId = await placeTestOrder(t.db);
    const again = await t.db.$transaction((tx) => enqueueOrderMail(tx, { orderId, kind: "confirmation" }, { mail }));
    expect(again).toEqual({ queued: false, reason: "already_queued" });
    expect(await t.db.mailOutbox.count({ where: { orderId } })).toBe(1);

    await sendNow();
    await makeDue(`order:${orderId}:confirmation`);
    await sendNow(); // a sender started later (a restart) finds nothing to send
    expect(receivedFor(orderId)).toHaveLength(1);
  });
});

describe("without SMTP_URL", () => {
  it("queues nothing, so no page can claim an email was sent", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const orderId = await placeTestOrder(t.db);
      expect(await t.db.mailOutbox.count({ where: { orderId } })).toBe(0);
      expect(await confirmationMailState(t.db, orderId)).toBeNull();
      const result = await t.db.$transaction((tx) => enqueueOrderMail(tx, { orderId, kind: "confirmation" }));
      expect(result).toEqual({ queued: false, reason: "not_configured" });
    } finally {
      process.env.SMTP_URL = saved;
    }
  });
});

describe("fulfilment step email", () => {
  /** A real fulfilment step through advanceOrder: PLACED → PREPARING (no note), then → SHIPPED with the note. */
  async function addStep(orderId: string, step: { note: string; trackingUrl?: string }): Promise<bigint> {
    const tomas = await createStaffMember(t.db, "host", "Tomás");
    const base = { orderId, carrier: null, trackingNumber: null, trackingUrl: null };
    await advanceOrder(t.db, tomas, {
      ...base,
      to: "PREPARING",
      expectedStatus: "PLACED",
      idempotencyKey: randomUUID(),
      note: "",
    });
    const shipped = await advanceOrder(t.db, tomas, {
      ...base,
      to: "SHIPPED",
      expectedStatus: "PREPARING",
      idempotencyKey: randomUUID(),
      note: step.note,
      carrier: "CTT",
      trackingNumber: "RR123<456>PT",
      trackingUrl: step.trackingUrl ?? null,
    });
    return BigInt(shipped.progressed.step.id);
  }

  /** SHIPPED → DELIVERED without a note. */
  async function addQuietStep(orderId: string): Promise<bigint> {
    const delivered = await advanceOrder(t.db, await createStaffMember(t.db, "host"), {
      orderId,
      to: "DELIVERED",
      expectedStatus: "SHIPPED",
      idempotencyKey: randomUUID(),
      note: "",
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
    });
    return BigInt(delivered.progressed.step.id);
  }

  const stepRows = (orderId: string) => t.db.mailOutbox.findMany({ where: { orderId, kind: "order_step" } });

  it("sends the staff member's note to the buyer with tracking and the private link, once per event", async () => {
    const orderId = await placeTestOrder(t.db, { checkout: { email: "step@example.test" } });
    await sendNow(); // the confirmation
    const eventId = await addStep(orderId, {
      note: "Roasted this morning by Tomás, batch 42 <img src=x onerror=alert(1)>",
      trackingUrl: "javascript:alert(1)",
    });
    // The step with a note queued exactly one mail row, in its own transaction; the step without a note none.
    expect(await stepRows(orderId)).toMatchObject([{ orderEventId: eventId, status: "PENDING" }]);
    const request = { orderId, kind: "step" as const, orderEventId: eventId };
    expect(await t.db.$transaction((tx) => enqueueOrderMail(tx, request, { mail }))).toEqual({
      queued: false,
      reason: "already_queued",
    });
    await sendNow();

    const messages = smtp.received.filter((m) => m.envelopeTo.includes("step@example.test"));
    expect(messages).toHaveLength(2);
    const step = messages[1]!;
    expect(step.parsed.subject).toBe(`Your order ${await numberOf(orderId)} has shipped`);
    expect(step.parsed.text).toContain("Roasted this morning by Tomás, batch 42");
    expect(step.parsed.text).toContain("— Tomás, Ember & Oak <Roasters>");
    expect(step.parsed.text).toContain("CTT RR123<456>PT");
    expect(step.parsed.text).toContain(expectedLink(orderId));
    const html = String(step.parsed.html);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain(`href="${expectedLink(orderId)}"`);
    expect(step.parsed.messageId).toBe((await rowOf(`order-event:${eventId}`)).messageId);
  });

  it("sends nothing for a step without a note to the buyer, and says so in the outbox", async () => {
    const orderId = await placeTestOrder(t.db, { checkout: { email: "quiet@example.test" } });
    await sendNow();
    const eventId = await addStep(orderId, { note: "  " });
    expect(await stepRows(orderId)).toEqual([]);
    // Queued by hand (as a step from elsewhere could be), the sender still skips it.
    await t.db.$transaction((tx) => enqueueOrderMail(tx, { orderId, kind: "step", orderEventId: eventId }, { mail }));
    await sendNow();
    expect(await rowOf(`order-event:${eventId}`)).toMatchObject({
      status: "SKIPPED",
      attempts: 0,
      lastError: NO_NOTE_REASON,
    });
    expect(smtp.received.filter((m) => m.envelopeTo.includes("quiet@example.test"))).toHaveLength(1);
  });

  it("never sends one order's step to another order's buyer", async () => {
    const a = await placeTestOrder(t.db, { checkout: { email: "order-a@example.test" } });
    const b = await placeTestOrder(t.db, { checkout: { email: "order-b@example.test" } });
    await sendNow();
    const eventOfB = await addStep(b, { note: "for b only" });
    // One row per event: the step's own row (to b) already holds the key.
    expect(
      await t.db.$transaction((tx) =>
        enqueueOrderMail(tx, { orderId: a, kind: "step", orderEventId: eventOfB }, { mail }),
      ),
    ).toEqual({ queued: false, reason: "already_queued" });
    // A row naming another order's event (a quiet one, so it queued nothing itself) fails instead of sending.
    const quietOfB = await addQuietStep(b);
    await t.db.$transaction((tx) =>
      enqueueOrderMail(tx, { orderId: a, kind: "step", orderEventId: quietOfB }, { mail }),
    );
    await sendNow();
    const row = await rowOf(`order-event:${quietOfB}`);
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toMatch(/not a step of this order/);
    const forB = smtp.received.filter((m) => m.parsed.text?.includes("for b only"));
    expect(forB.map((m) => m.envelopeTo)).toEqual([["order-b@example.test"]]);
  });

  it("leaves the order's transaction one statement: the message is written by the sender, once", async () => {
    const orderId = await placeTestOrder(t.db);
    const key = `order:${orderId}:confirmation`;
    expect(await rowOf(key)).toMatchObject({ subject: "", textBody: null, htmlBody: null, status: "PENDING" });
    smtp.refuseNext(1, 451);
    await sendNow();
    const written = await rowOf(key);
    expect(written.textBody).toContain(expectedLink(orderId));
    // A later change to the store does not change a message already written: the retry sends the same one.
    await t.db.storeSettings.update({ where: { id: 1 }, data: { name: "Renamed Roasters" } });
    await makeDue(key);
    await sendNow();
    const [message] = receivedFor(orderId);
    expect(message!.parsed.subject).toBe(written.subject);
    expect(message!.parsed.subject).toContain("Ember & Oak <Roasters>");
    await t.db.storeSettings.update({ where: { id: 1 }, data: { name: "Ember & Oak <Roasters>" } });
  });
});
