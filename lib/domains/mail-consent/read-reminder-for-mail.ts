import type { Db } from "@/lib/platform/db/client";
import { publicOrigin } from "@/lib/platform/http/runtime-config";
import type { MailReminder } from "@/lib/domains/mail/templates/session-reminder";
import { clockLabel } from "@/lib/domains/kitchen-hours/zoned-time";
import { oneClickUrl, unsubscribePageUrl } from "./unsubscribe-token";

export type ReminderForMail = { reminder: MailReminder } | { skip: string } | { fail: string };

/** The reminder as the session is stored now; a session already started gets no "starts soon" mail. */
export async function readReminderForMail(db: Db, reminderId: string, now = new Date()): Promise<ReminderForMail> {
  const [reminder, settings] = await Promise.all([
    db.sessionReminder.findUnique({
      where: { id: reminderId },
      select: {
        email: true,
        session: {
          select: { id: true, title: true, description: true, startsAt: true, host: { select: { name: true } } },
        },
      },
    }),
    db.storeSettings.findUnique({ where: { id: 1 }, select: { name: true, timezone: true } }),
  ]);
  if (!reminder) return { fail: "Not sent: the address was erased." };
  const { session } = reminder;
  if (session.startsAt <= now) return { skip: "Not sent: the session had already started." };
  const timezone = settings?.timezone ?? "Europe/Lisbon";
  return {
    reminder: {
      storeName: settings?.name ?? "Open Kitchen",
      title: session.title,
      description: session.description,
      hostName: session.host.name,
      startsAtLabel: `${clockLabel(session.startsAt, timezone)} (${timezone})`,
      pageLink: new URL(`/sessions/${session.id}`, publicOrigin()).toString(),
      stopAllLink: unsubscribePageUrl({ kind: "a", email: reminder.email }),
      oneClickUrl: oneClickUrl({ kind: "r", id: reminderId }),
    },
  };
}
