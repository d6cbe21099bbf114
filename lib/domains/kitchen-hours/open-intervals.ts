import type { TKitchenHours, TKitchenSchedule, TKitchenSpan } from "@/lib/platform/contracts/kitchen-hours";
import { addDays, minutesOfClock, wallClock, weekdayOf, zonedInstant } from "./zoned-time";

export interface OpenInterval {
  start: Date;
  end: Date;
}

/** Whether the owner set any hours at all; without them the kitchen is never "closed" and timers never pause. */
export function hasKitchenHours(hours: TKitchenHours): boolean {
  return Object.values(hours.weekly).some((spans) => (spans?.length ?? 0) > 0);
}

/** The spans of one local date: an exception for that date replaces the week's hours. */
export function spansOn(hours: TKitchenHours, date: string): TKitchenSpan[] {
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) return exception.closed || !exception.span ? [] : [exception.span];
  return hours.weekly[String(weekdayOf(date)) as keyof TKitchenHours["weekly"]] ?? [];
}

/**
 * The open intervals that touch [from, to], as instants, in order; intervals that meet (a span to 24:00
 * and the next day's from 00:00) are merged so "until" names the real end.
 */
export function openIntervals(schedule: TKitchenSchedule, from: Date, to: Date): OpenInterval[] {
  const { hours, timezone } = schedule;
  const last = wallClock(to, timezone).date;
  const intervals: OpenInterval[] = [];
  for (let date = addDays(wallClock(from, timezone).date, -1); date <= addDays(last, 1); date = addDays(date, 1)) {
    const spans = [...spansOn(hours, date)].sort((a, b) => minutesOfClock(a.open) - minutesOfClock(b.open));
    for (const span of spans) {
      const start = zonedInstant(date, minutesOfClock(span.open), timezone);
      const end = zonedInstant(date, minutesOfClock(span.close), timezone);
      if (end <= from || start >= to) continue;
      const previous = intervals.at(-1);
      if (previous && start.getTime() <= previous.end.getTime()) {
        if (end > previous.end) previous.end = end;
      } else {
        intervals.push({ start, end });
      }
    }
  }
  return intervals;
}
