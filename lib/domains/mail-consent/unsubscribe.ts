import type { Db } from "@/lib/platform/db/client";
import type { UnsubscribeTarget } from "./unsubscribe-token";

/**
 * Applies a verified unsubscribe: the address is erased, not flagged (its mail rows go with it, pending
 * ones included, by the foreign keys' cascade). Idempotent: a second click finds nothing and says so.
 */
export async function unsubscribe(db: Db, target: UnsubscribeTarget): Promise<{ erased: number }> {
  if (target.kind === "a") return eraseAddress(db, target.email);
  if (target.kind === "q") {
    const { count } = await db.answerMailRequest.deleteMany({ where: { id: target.id } });
    return { erased: count };
  }
  const { count } = await db.sessionReminder.deleteMany({ where: { id: target.id } });
  return { erased: count };
}

/** Every request and reminder for this address, whoever gave it (the address's owner asked). */
export async function eraseAddress(db: Db, email: string): Promise<{ erased: number }> {
  const where = { email: { equals: email, mode: "insensitive" as const } };
  const [answers, reminders] = await db.$transaction([
    db.answerMailRequest.deleteMany({ where }),
    db.sessionReminder.deleteMany({ where }),
  ]);
  return { erased: answers.count + reminders.count };
}
