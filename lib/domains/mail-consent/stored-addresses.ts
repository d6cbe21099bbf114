import type { Db } from "@/lib/platform/db/client";
import type { TStoredAddress } from "@/lib/platform/contracts/mail";

/** How long an answered question's address is kept: long enough for a later marked answer. */
export const ANSWER_MAIL_KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The privacy panel's list: every address this shopper gave, what for, and when it goes at the latest. */
export async function listStoredAddresses(db: Db, shopperId: string): Promise<TStoredAddress[]> {
  const [answers, reminders] = await Promise.all([
    db.answerMailRequest.findMany({
      where: { shopperId },
      select: { email: true, answeredAt: true, question: { select: { body: true } } },
      orderBy: { createdAt: "desc" },
    }),
    db.sessionReminder.findMany({
      where: { shopperId },
      select: { email: true, session: { select: { title: true, endsAt: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
  return [
    ...answers.map((a) => ({
      email: a.email,
      purpose: `Answer to “${clip(a.question.body)}”`,
      eraseBy: a.answeredAt ? new Date(a.answeredAt.getTime() + ANSWER_MAIL_KEEP_DAYS * DAY_MS).toISOString() : null,
    })),
    ...reminders.map((r) => ({
      email: r.email,
      purpose: `Reminder for “${clip(r.session.title)}”`,
      eraseBy: r.session.endsAt.toISOString(),
    })),
  ];
}

/** The privacy panel's erase: one address, or all this shopper gave. Only this shopper's rows. */
export async function eraseShopperAddresses(db: Db, shopperId: string, email?: string): Promise<number> {
  const where = { shopperId, ...(email ? { email: { equals: email, mode: "insensitive" as const } } : {}) };
  const [answers, reminders] = await db.$transaction([
    db.answerMailRequest.deleteMany({ where }),
    db.sessionReminder.deleteMany({ where }),
  ]);
  return answers.count + reminders.count;
}

/** The retention job: answered 30+ days ago, or the session is over. Their mail rows go too (cascade). */
export async function eraseExpiredAddresses(db: Db, now = new Date()): Promise<number> {
  const [answers, reminders] = await db.$transaction([
    db.answerMailRequest.deleteMany({
      where: { answeredAt: { lt: new Date(now.getTime() - ANSWER_MAIL_KEEP_DAYS * DAY_MS) } },
    }),
    db.sessionReminder.deleteMany({ where: { session: { endsAt: { lt: now } } } }),
  ]);
  return answers.count + reminders.count;
}
