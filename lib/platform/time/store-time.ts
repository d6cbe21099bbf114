/**
 * Every time a shopper or staff member reads is in the store's time zone (store settings hold it) and in
 * one format: "1 Dec 2026, 15:42 WET", or "15:42 WET" where the day goes without saying (the host
 * console's clocks). 24-hour, en-GB, the same on the server and in the browser. Universal.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withDate}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      ...(withDate ? { day: "numeric", month: "short", year: "numeric" } : {}),
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
      timeZoneName: "short",
    });
    formats.set(key, format);
  }
  return format;
}

export function formatStoreTime(at: string | Date, timeZone: string, { withDate = true } = {}): string {
  return formatFor(timeZone, withDate).format(typeof at === "string" ? new Date(at) : at);
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The moment "today" began in the store's zone (for "Today" figures), DST included. */
export function startOfStoreDay(now: Date, timeZone: string): Date {
  const wall = new Date(now.getTime() + offsetMs(now, timeZone));
  const midnightWall = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  // The offset at midnight can differ from now's (a DST change during the day): take midnight's own.
  const guess = new Date(midnightWall - offsetMs(now, timeZone));
  return new Date(midnightWall - offsetMs(guess, timeZone));
}
