import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { WEEKDAY_NAMES } from "@/lib/platform/contracts/weekdays";
import type { KitchenStatus } from "./kitchen-status";
import { addDays, clockLabel, wallClock } from "./zoned-time";

/** "in 25 min", "in 14 h", "in 2 days 15 h": rounded to what a person plans by. */
export function inDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours} h`;
  const rest = hours % 24;
  return `in ${Math.floor(hours / 24)} days${rest ? ` ${rest} h` : ""}`;
}

/** "9:00", "9:00 tomorrow", "9:00 on Monday", "9:00 on 2026-12-28" on the store's clock. */
export function dayAndTime(instant: Date, now: Date, timezone: string): string {
  const today = wallClock(now, timezone).date;
  const { date, weekday } = wallClock(instant, timezone);
  const time = clockLabel(instant, timezone);
  if (date === today) return time;
  if (date === addDays(today, 1)) return `${time} tomorrow`;
  if (date <= addDays(today, 6)) return `${time} on ${WEEKDAY_NAMES[weekday]}`;
  return `${time} on ${date}`;
}

/** The line beside the ask box; null when the shop set no hours (nothing to say). */
export function kitchenStatusSentence(status: KitchenStatus, schedule: TKitchenSchedule, now: Date): string | null {
  if (status.kind === "no-hours") return null;
  if (status.kind === "open") {
    return `Hosts are in the kitchen until ${dayAndTime(status.until, now, schedule.timezone)}.`;
  }
  if (!status.back) return "Hosts are away for now; your question is kept until they are back.";
  const when = dayAndTime(status.back, now, schedule.timezone);
  return `Hosts are back at ${when} (${inDuration(status.back.getTime() - now.getTime())}).`;
}

/** "9:00–13:00, 14:00–17:00" or "closed": a local date's hours as the owner set them. */
export function hoursOnLabel(spans: { open: string; close: string }[]): string {
  if (spans.length === 0) return "closed";
  return spans.map((s) => `${s.open.replace(/^0/, "")}–${s.close.replace(/^0/, "")}`).join(", ");
}
