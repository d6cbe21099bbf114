import { randomUUID } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleSession } from "@/lib/domains/kitchen-sessions/schedule-session";
import { readSessionReplay } from "@/lib/domains/kitchen-sessions/read-session-replay";
import { listUpcomingSessions } from "@/lib/domains/kitchen-sessions/list-sessions";
import { requestSessionReminder } from "@/lib/domains/mail-consent/request-session-reminder";
import { eraseExpiredAddresses } from "@/lib/domains/mail-consent/stored-addresses";
import { ZScheduleSession } from "@/lib/platform/contracts/kitchen-sessions";
import { countdownLabel, sessionPhase } from "@/lib/platform/contracts/session-phase";
import { postQuestion } from "@/lib/domains/qa/post-question";
import { postReply } from "@/lib/domains/qa/post-reply";
import { createPoll } from "@/lib/domains/polls/create-poll";
import { answerPoll } from "@/lib/domains/polls/answer-poll";
import { postKitchenUpdate } from "@/lib/domains/kitchen/post-kitchen-update";
import type { MailConfig } from "@/lib/domains/mail/mail-config";
import { sendDueMail } from "@/lib/domains/mail/send-due-mail";
import { createSmtpSender } from "@/lib/domains/mail/smtp-sender";
import { activityWriterFor } from "@/lib/domains/activity/record-activity";
import { liveSettingsFor } from "@/lib/domains/settings/live-settings";
import { createProduct } from "../factories/catalog";
import { createStaffMember } from "../factories/orders";
import { createShopper } from "../factories/shoppers";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const FROM = "hello@kitchen.test";
const MINUTE = 60_000;
const log = pino({ level: "silent" });
const rules = { blockedWords: [], blockLinks: true };

let t: TestDatabase;
let smtp: SmtpTestServer;
let mail: MailConfig;

beforeAll(async () => {
  [t, smtp] = await Promise.all([createTestDatabase(), startSmtpTestServer()]);
  mail = { smtpUrl: smtp.url, fromAddress: FROM };
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    MAIL_FROM: FROM,
    PUBLIC_ORIGIN: "https://shop.kitchen.test",
    AUTH_SECRET: "sessions-secret-sessions-secret-0123",
  });
  await t.db.storeSettings.create({ data: { id: 1, name: "Ember & Oak", timezone: "Europe/Lisbon" } });
});
afterAll(async () => {
  // Questions record activity in the background: let it land (and its settings read) before the database goes.
  await activityWriterFor(t.db).stop();
  await liveSettingsFor(t.db).read();
  await smtp.close();
  await t.drop();
});

/** The form's local start ("YYYY-MM-DDTHH:MM" in Lisbon), a number of days ahead. */
function localStart(daysAhead: number, clock = "18:00"): string {
  const date = new Date(Date.now() + daysAhead * 24 * 60 * MINUTE).toISOString().slice(0, 10);
  return `${date}T${clock}`;
}

const form = (overrides: Record<string, string> = {}) =>
  ZScheduleSession.parse({
    title: "Cupping the new Kenya",
    description: "Three brew methods side by side.",
    productId: "",
    startsAt: localStart(3),
    durationMinutes: "30",
    ...overrides,
  });

/** A session whose window is moved to [start, start + minutes) directly, as time passing would. */
async function sessionAt(hostId: string, productId: string | null, start: Date, minutes: number) {
  return t.db.kitchenSession.create({
    data: {
      title: "Live cupping",
      description: "",
      productId,
      hostId,
      startsAt: start,
      endsAt: new Date(start.getTime() + minutes * MINUTE),
    },
  });
}

function sendNow() {
  const sender = createSmtpSender(mail);
  const options = { leaseMs: 60_000, batchSize: 5, maxAttempts: 4, retryBaseMs: 60_000, retryMaxMs: 600_000, log };
  return sendDueMail(t.db, sender, options).finally(() => sender.close());
}

describe("scheduling", () => {
  it("hosts and owners schedule (the session is theirs, at the store's local time); shoppers and nobody are refused", async () => {
    const host = await createStaffMember(t.db, "host", "Tomás");
    const owner = await createStaffMember(t.db, "owner", "Olga");
    const product = await createProduct(t.db, { title: "Kenya AA" });

    const byHost = await scheduleSession(t.db, host, form({ productId: product.id }), "Europe/Lisbon");
    expect(byHost.host.name).toBe("Tomás");
    expect(byHost.product?.title).toBe("Kenya AA");
    // 18:00 in Lisbon is 18:00 UTC in winter and 17:00 UTC in summer.
    const start = new Date(byHost.startsAt);
    expect([17, 18]).toContain(start.getUTCHours());
    expect(Date.parse(byHost.endsAt) - start.getTime()).toBe(30 * MINUTE);

    const byOwner = await scheduleSession(t.db, owner, form(), "Europe/Lisbon");
    expect(byOwner.product).toBeNull();

    const before = await t.db.kitchenSession.count();
    await expect(scheduleSession(t.db, null, form(), "Europe/Lisbon")).rejects.toThrow(/signed-in staff/);
    await expect(scheduleSession(t.db, host, form({ startsAt: localStart(-2) }), "Europe/Lisbon")).rejects.toThrow(
      "The session must start in the future.",
    );
    expect(await t.db.kitchenSession.count()).toBe(before);
    expect(() => form({ durationMinutes: "600" })).toThrow();

    const onProduct = await listUpcomingSessions(t.db, { productId: product.id });
    expect(onProduct.map((s) => s.id)).toEqual(expect.arrayContaining([byHost.id, byOwner.id]));
  });

  it("the countdown and phase come from the stored times", async () => {
    const host = await createStaffMember(t.db, "host");
    const session = await scheduleSession(t.db, host, form(), "Europe/Lisbon");
    const stored = await t.db.kitchenSession.findUniqueOrThrow({ where: { id: session.id } });
    const start = stored.startsAt.getTime();
    expect(sessionPhase(session, start - 90 * MINUTE)).toBe("upcoming");
    expect(countdownLabel(start - (start - 90 * MINUTE - 5_000))).toBe("1 h 30 min");
    expect(countdownLabel(start - (start - 12 * MINUTE - 4_000))).toBe("12:04");
    expect(countdownLabel(2 * 24 * 60 * MINUTE + 3 * 60 * MINUTE)).toBe("2 d 3 h");
    expect(sessionPhase(session, start)).toBe("live");
    expect(sessionPhase(session, stored.endsAt.getTime())).toBe("ended");
  });
});

describe("remind me", () => {
  it("is due 10 minutes before, sent once across senders, and the address goes when the session ends", async () => {
    const host = await createStaffMember(t.db, "host", "Tomás");
    const shopper = await createShopper(t.db);
    const session = await sessionAt(host.id, null, new Date(Date.now() + 60 * MINUTE), 30);
    const email = "remind@example.test";
    const { remindAt } = await requestSessionReminder(t.db, { shopperId: shopper.id, sessionId: session.id, email });
    expect(Date.parse(remindAt)).toBe(session.startsAt.getTime() - 10 * MINUTE);
    // Asking twice keeps one reminder.
    await requestSessionReminder(t.db, { shopperId: shopper.id, sessionId: session.id, email });

    await sendNow();
    expect(smtp.received.filter((m) => m.envelopeTo.includes(email))).toHaveLength(0);

    // Time passes to the reminder's moment (the row's due time is the stored one).
    await t.db.mailOutbox.updateMany({
      where: { kind: "session_reminder", recipient: email },
      data: { nextAttemptAt: new Date() },
    });
    await sendNow();
    await sendNow();
    const got = smtp.received.filter((m) => m.envelopeTo.includes(email));
    expect(got).toHaveLength(1);
    expect(got[0]!.parsed.subject).toMatch(/^Live cupping starts at \d{1,2}:\d{2} \(Europe\/Lisbon\)$/);
    expect(got[0]!.parsed.headerLines.some((h) => h.key === "list-unsubscribe-post")).toBe(true);

    await expect(
      requestSessionReminder(
        t.db,
        { shopperId: shopper.id, sessionId: session.id, email },
        mail,
        new Date(session.startsAt.getTime() - 5 * MINUTE),
      ),
    ).rejects.toThrow(/less than 10 minutes/);

    await eraseExpiredAddresses(t.db, new Date(session.endsAt.getTime() + 1));
    expect(await t.db.sessionReminder.count({ where: { email } })).toBe(0);
  });
});

describe("replay", () => {
  it("holds, in order, the window's questions and answers on its product, the host's polls with results and kitchen updates", async () => {
    const host = await createStaffMember(t.db, "host", "Tomás");
    const otherHost = await createStaffMember(t.db, "host", "Ines");
    const product = await createProduct(t.db, { title: "Ethiopia Guji" });
    const elsewhere = await createProduct(t.db, { title: "Brazil Cerrado" });
    const asker = await createShopper(t.db);
    const start = new Date(Date.now() - 1000);
    const session = await sessionAt(host.id, product.id, start, 30);

    const q = await postQuestion(
      t.db,
      asker.id,
      { productId: product.id, body: "What does it taste like?", idempotencyKey: randomUUID() },
      rules,
    );
    await postQuestion(
      t.db,
      asker.id,
      { productId: elsewhere.id, body: "Another product's question", idempotencyKey: randomUUID() },
      rules,
    );
    await postKitchenUpdate(t.db, host, { body: "Grinding the Guji now.", productIds: [product.id] });
    await postKitchenUpdate(t.db, otherHost, { body: "Not this host's update.", productIds: [] });
    const poll = await createPoll(
      t.db,
      host,
      {
        kind: "poll",
        question: "Which brew next?",
        audience: "product",
        productId: product.id,
        options: ["V60", "Aeropress"],
        hours: 1,
      },
      1,
    );
    const voter = await createShopper(t.db);
    await answerPoll(t.db, voter.id, { pollId: poll.id, optionId: poll.options[0]!.id }, { ...rules, threshold: 1 });
    await postReply(
      t.db,
      { kind: "staff", staff: host },
      { questionId: q.questionId, body: "Bergamot and peach.", idempotencyKey: randomUUID() },
      rules,
    );

    const items = await readSessionReplay(
      t.db,
      { productId: product.id, hostId: host.id, startsAt: session.startsAt, endsAt: session.endsAt },
      1,
    );
    expect(items.map((i) => i.kind)).toEqual(["question", "kitchen", "poll", "answer"]);
    expect(items[0]).toMatchObject({ kind: "question", body: "What does it taste like?" });
    expect(items[1]).toMatchObject({ kind: "kitchen", body: "Grinding the Guji now." });
    expect(items[2]).toMatchObject({
      kind: "poll",
      question: "Which brew next?",
      total: 1,
      results: [
        { label: "V60", count: 1, percent: 100 },
        { label: "Aeropress", count: 0, percent: 0 },
      ],
    });
    expect(items[3]).toMatchObject({ kind: "answer", body: "Bergamot and peach.", host: true, author: "Tomás" });
    const times = items.map((i) => Date.parse(i.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // Nothing after the window belongs to it.
    const closed = await readSessionReplay(
      t.db,
      { productId: product.id, hostId: host.id, startsAt: new Date(0), endsAt: session.startsAt },
      1,
    );
    expect(closed.filter((i) => i.kind === "question" && i.id === q.questionId)).toHaveLength(0);
  });
});
