import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postQuestion } from "@/lib/domains/qa/post-question";
import { postReply } from "@/lib/domains/qa/post-reply";
import { moderatePost } from "@/lib/domains/qa/moderate-post";
import { requestAnswerMail } from "@/lib/domains/mail-consent/request-answer-mail";
import { enqueueAnswerMail } from "@/lib/domains/mail-consent/enqueue-answer-mail";
import {
  eraseExpiredAddresses,
  eraseShopperAddresses,
  listStoredAddresses,
} from "@/lib/domains/mail-consent/stored-addresses";
import { claimDueMail } from "@/lib/domains/mail/claim-due-mail";
import { listOutbox, PRIVATE_RECIPIENT } from "@/lib/domains/mail/list-outbox";
import type { MailConfig } from "@/lib/domains/mail/mail-config";
import { sendDueMail } from "@/lib/domains/mail/send-due-mail";
import { createSmtpSender } from "@/lib/domains/mail/smtp-sender";
import { POST as unsubscribeRoute } from "@/app/api/unsubscribe/route";
import { disconnectDb } from "@/lib/platform/db/client";
import { activityWriterFor } from "@/lib/domains/activity/record-activity";
import { liveSettingsFor } from "@/lib/domains/settings/live-settings";
import { createProduct } from "../factories/catalog";
import { createStaffMember } from "../factories/orders";
import { createShopper } from "../factories/shoppers";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const ORIGIN = "https://shop.kitchen.test";
const FROM = "hello@kitchen.test";
const rules = { blockedWords: [], blockLinks: true };
const log = pino({ level: "silent" });

let t: TestDatabase;
let smtp: SmtpTestServer;
let mail: MailConfig;

beforeAll(async () => {
  [t, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  mail = { smtpUrl: smtp.url, fromAddress: FROM };
  // The domain reads the mail settings, origin and secret from the environment, as in the shop; the
  // unsubscribe route reads the database from DATABASE_URL.
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    MAIL_FROM: FROM,
    PUBLIC_ORIGIN: ORIGIN,
    AUTH_SECRET: "answer-mail-secret-answer-mail-secret",
    DATABASE_URL: t.url,
  });
  await t.db.storeSettings.create({ data: { id: 1, name: "Ember & Oak" } });
});
afterAll(async () => {
  // Questions record activity in the background: let it land (and its settings read) before the database goes.
  await activityWriterFor(t.db).stop();
  await liveSettingsFor(t.db).read();
  await disconnectDb();
  await smtp.close();
  await t.drop();
});

/** A fresh sender each call: as after a restart, nothing is remembered but the outbox rows. */
function sendNow() {
  const sender = createSmtpSender(mail);
  const options = { leaseMs: 60_000, batchSize: 5, maxAttempts: 4, retryBaseMs: 60_000, retryMaxMs: 600_000, log };
  return sendDueMail(t.db, sender, options).finally(() => sender.close());
}

const to = (email: string) => smtp.received.filter((m) => m.envelopeTo.includes(email));
const header = (m: SmtpTestServer["received"][number], name: string) =>
  m.parsed.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "") ?? null;

async function askedQuestion(body = "How long does the Kenya keep once opened?") {
  const product = await createProduct(t.db, { title: "Kenya AA" });
  const asker = await createShopper(t.db);
  const posted = await postQuestion(
    t.db,
    asker.id,
    { productId: product.id, body, idempotencyKey: randomUUID() },
    rules,
  );
  return { product, asker, questionId: posted.questionId };
}

describe("tell me when it's answered", () => {
  it("mails the asker and a follower once for the first host answer, with name, badge, link and one-click unsubscribe", async () => {
    const { product, asker, questionId } = await askedQuestion();
    const follower = await createShopper(t.db);
    const bystander = await createShopper(t.db);
    await requestAnswerMail(t.db, { shopperId: asker.id, questionId, email: "asker@example.test" });
    await requestAnswerMail(t.db, { shopperId: follower.id, questionId, email: "follower@example.test" });
    const host = await createStaffMember(t.db, "host", "Tomás");

    // A shopper's reply is not the event; the host's is.
    await postReply(
      t.db,
      { kind: "shopper", shopperId: bystander.id },
      { questionId, body: "About a month in a jar.", idempotencyKey: randomUUID() },
      rules,
    );
    await sendNow();
    expect(to("asker@example.test")).toHaveLength(0);

    await postReply(
      t.db,
      { kind: "staff", staff: host },
      { questionId, body: "Four weeks, airtight, away from light.", idempotencyKey: randomUUID() },
      rules,
    );
    await sendNow();
    const [toAsker] = to("asker@example.test");
    expect(to("asker@example.test")).toHaveLength(1);
    expect(to("follower@example.test")).toHaveLength(1);
    expect(smtp.received.filter((m) => m.envelopeTo.some((a) => a.includes("bystander")))).toHaveLength(0);
    expect(toAsker!.envelopeTo).toEqual(["asker@example.test"]);
    expect(toAsker!.parsed.subject).toBe("Your question about Kenya AA was answered");
    const text = toAsker!.parsed.text ?? "";
    expect(text).toContain("How long does the Kenya keep once opened?");
    expect(text).toContain("Four weeks, airtight, away from light.");
    expect(text).toContain("— Tomás (Host)");
    expect(text).toContain(`${ORIGIN}/products/${product.slug}/questions/${questionId}`);
    expect(header(toAsker!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(header(toAsker!, "list-unsubscribe")).toMatch(/^<https:\/\/shop\.kitchen\.test\/api\/unsubscribe\?t=q\./);
    // Never shown to anyone: the owner's outbox names the mail, not the address.
    const outbox = await listOutbox(t.db, {});
    const answerRows = outbox.rows.filter((r) => r.kind === "qa_answer");
    expect(answerRows.length).toBeGreaterThanOrEqual(2);
    expect(answerRows.every((r) => r.recipient === PRIVATE_RECIPIENT)).toBe(true);
  });

  it("sends one mail per answer event, even when the event is repeated and the sender restarts mid-send", async () => {
    const { asker, questionId } = await askedQuestion("Is the grind fine enough for espresso?");
    const email = "once@example.test";
    await requestAnswerMail(t.db, { shopperId: asker.id, questionId, email });
    const host = await createStaffMember(t.db, "host", "Ines");
    const answered = await postReply(
      t.db,
      { kind: "staff", staff: host },
      { questionId, body: "Yes, ask for fine.", idempotencyKey: randomUUID() },
      rules,
    );
    expect(answered.created).toBe(true);
    const reply = await t.db.reply.findFirstOrThrow({ where: { questionId, staffId: host.id }, select: { id: true } });

    // A sender claims the row and dies before sending: its lease runs out, the next sender sends it.
    const claimed = await claimDueMail(t.db, { leaseMs: 60_000, batchSize: 50, maxAttempts: 4 });
    expect(claimed.some((m) => m.recipient === email)).toBe(true);
    await t.db
      .$executeRaw`UPDATE "MailOutbox" SET "leaseUntil" = now() - interval '1 second' WHERE recipient = ${email}`;
    await sendNow();
    // The same event again (a retried transaction), a host marking that same answer, and another restart.
    await t.db.$transaction((tx) =>
      enqueueAnswerMail(tx, { questionId, replyId: reply.id, event: "first_host_answer" }),
    );
    await moderatePost(t.db, host, { action: "accept", post: { kind: "reply", id: reply.id } });
    await sendNow();
    expect(to(email)).toHaveLength(1);

    // A different answer marked later is a new event: one more mail, saying it was marked.
    const helper = await createShopper(t.db);
    await postReply(
      t.db,
      { kind: "shopper", shopperId: helper.id },
      { questionId, body: "Fine works on my Gaggia.", idempotencyKey: randomUUID() },
      rules,
    );
    const other = await t.db.reply.findFirstOrThrow({
      where: { questionId, shopperId: helper.id },
      select: { id: true },
    });
    await moderatePost(t.db, host, { action: "accept", post: { kind: "reply", id: other.id } });
    await moderatePost(t.db, host, { action: "accept", post: { kind: "reply", id: other.id } });
    await sendNow();
    expect(to(email)).toHaveLength(2);
    expect(to(email)[1]!.parsed.subject).toMatch(/^An answer was marked/);
  });

  it("the List-Unsubscribe target works by one-click POST without a session and erases the address", async () => {
    const { asker, questionId } = await askedQuestion("Does it come in 1 kg bags?");
    const email = "unsub@example.test";
    await requestAnswerMail(t.db, { shopperId: asker.id, questionId, email });
    const host = await createStaffMember(t.db, "host");
    await postReply(
      t.db,
      { kind: "staff", staff: host },
      { questionId, body: "Not yet.", idempotencyKey: randomUUID() },
      rules,
    );
    await sendNow();
    const url = header(to(email)[0]!, "list-unsubscribe")!.slice(1, -1);

    const forged = await unsubscribeRoute(
      new Request(
        url.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
        { method: "POST", body: "List-Unsubscribe=One-Click" },
      ),
    );
    expect(forged.status).toBe(400);
    expect(await t.db.answerMailRequest.count({ where: { email } })).toBe(1);

    const response = await unsubscribeRoute(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(response.status).toBe(200);
    expect(await t.db.answerMailRequest.count({ where: { email } })).toBe(0);
    // Its mail rows held the address too: gone with it.
    expect(await t.db.mailOutbox.count({ where: { recipient: email } })).toBe(0);
  });

  it("erases: by the shopper from the privacy panel, and 30 days after the answer", async () => {
    const { asker, questionId } = await askedQuestion("Can I return an opened bag?");
    await requestAnswerMail(t.db, { shopperId: asker.id, questionId, email: "panel@example.test" });
    const listed = await listStoredAddresses(t.db, asker.id);
    expect(listed).toEqual([expect.objectContaining({ email: "panel@example.test", eraseBy: null })]);
    // Another shopper cannot erase it.
    const stranger = await createShopper(t.db);
    expect(await eraseShopperAddresses(t.db, stranger.id, "panel@example.test")).toBe(0);
    expect(await eraseShopperAddresses(t.db, asker.id, "PANEL@example.test")).toBe(1);
    expect(await listStoredAddresses(t.db, asker.id)).toEqual([]);

    const second = await askedQuestion("Is the roast date on the bag?");
    await requestAnswerMail(t.db, {
      shopperId: second.asker.id,
      questionId: second.questionId,
      email: "aged@example.test",
    });
    const host = await createStaffMember(t.db, "host");
    await postReply(
      t.db,
      { kind: "staff", staff: host },
      { questionId: second.questionId, body: "Yes, printed on the side.", idempotencyKey: randomUUID() },
      rules,
    );
    const answeredAt = (await t.db.answerMailRequest.findFirstOrThrow({ where: { email: "aged@example.test" } }))
      .answeredAt!;
    const day = 24 * 60 * 60 * 1000;
    await eraseExpiredAddresses(t.db, new Date(answeredAt.getTime() + 29 * day));
    expect(await t.db.answerMailRequest.count({ where: { email: "aged@example.test" } })).toBe(1);
    await eraseExpiredAddresses(t.db, new Date(answeredAt.getTime() + 31 * day));
    expect(await t.db.answerMailRequest.count({ where: { email: "aged@example.test" } })).toBe(0);
  });

  it("keeps nothing and promises nothing without SMTP_URL", async () => {
    const { asker, questionId } = await askedQuestion("Do you ship to the islands?");
    await expect(
      requestAnswerMail(t.db, { shopperId: asker.id, questionId, email: "nomail@example.test" }, null),
    ).rejects.toThrow("This shop does not send email.");
    expect(await t.db.answerMailRequest.count({ where: { email: "nomail@example.test" } })).toBe(0);
  });
});
