/*
 * Wall-clock time in the store's IANA zone with Intl only (Node 20 and browsers carry the zone data), so
 * the same functions run on the server and in the browser. Dates are "YYYY-MM-DD" strings of that zone.
 */

export interface WallClock {
  date: string;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes since the zone's midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsOf(instant: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour! % 24, min: parts.minute!, s: parts.second! };
}

const pad = (n: number) => String(n).padStart(2, "0");

export function wallClock(instant: Date, timeZone: string): WallClock {
  const p = partsOf(instant, timeZone);
  const date = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  return { date, weekday: weekdayOf(date), minutes: p.h * 60 + p.min };
}

/** The zone's offset from UTC at that instant, in ms. */
function offsetMs(instant: Date, timeZone: string): number {
  const p = partsOf(instant, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant the zone's clock shows `minutes` after midnight on `date` (the later reading in a DST gap). */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d) + minutes * 60_000;
  const first = guess - offsetMs(new Date(guess), timeZone);
  const second = guess - offsetMs(new Date(first), timeZone);
  return new Date(Math.max(first, second));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

export function weekdayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function minutesOfClock(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** "9:00", "17:30" on the zone's clock. */
export function clockLabel(instant: Date, timeZone: string): string {
  const { minutes } = wallClock(instant, timeZone);
  return `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}
