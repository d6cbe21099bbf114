import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { hasKitchenHours, openIntervals } from "./open-intervals";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead "back at" looks: past two weeks of closure the shop says only that hosts are away. */
export const LOOKAHEAD_DAYS = 14;

export type KitchenStatus =
  { kind: "no-hours" } | { kind: "open"; until: Date } | { kind: "closed"; back: Date | null };

/** Are hosts in the kitchen at `now`, and until when, or when are they back. From the stored hours only. */
export function kitchenStatus(schedule: TKitchenSchedule, now: Date): KitchenStatus {
  if (!hasKitchenHours(schedule.hours)) return { kind: "no-hours" };
  const ahead = new Date(now.getTime() + LOOKAHEAD_DAYS * DAY_MS);
  const intervals = openIntervals(schedule, now, ahead);
  const current = intervals.find((i) => i.start <= now && now < i.end);
  if (current) return { kind: "open", until: current.end };
  const next = intervals.find((i) => i.start > now);
  return { kind: "closed", back: next?.start ?? null };
}

/** Time inside kitchen hours between two instants (all of it when no hours are set): what promise timers count. */
export function openMsBetween(schedule: TKitchenSchedule, from: Date, to: Date): number {
  if (to <= from) return 0;
  if (!hasKitchenHours(schedule.hours)) return to.getTime() - from.getTime();
  let total = 0;
  for (const interval of openIntervals(schedule, from, to)) {
    const start = Math.max(interval.start.getTime(), from.getTime());
    const end = Math.min(interval.end.getTime(), to.getTime());
    if (end > start) total += end - start;
  }
  return total;
}

/** The instant when `openMs` of kitchen time has passed after `from`; null when not within the lookahead. */
export function afterOpenTime(schedule: TKitchenSchedule, from: Date, openMs: number): Date | null {
  if (!hasKitchenHours(schedule.hours)) return new Date(from.getTime() + openMs);
  const ahead = new Date(from.getTime() + LOOKAHEAD_DAYS * DAY_MS);
  let left = openMs;
  for (const interval of openIntervals(schedule, from, ahead)) {
    const start = Math.max(interval.start.getTime(), from.getTime());
    const length = interval.end.getTime() - start;
    if (length >= left) return new Date(start + left);
    left -= length;
  }
  return null;
}

export function isOpenAt(schedule: TKitchenSchedule, at: Date): boolean {
  if (!hasKitchenHours(schedule.hours)) return true;
  return openIntervals(schedule, at, new Date(at.getTime() + 1)).some((i) => i.start <= at && at < i.end);
}
