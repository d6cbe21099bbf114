import { clockLabel } from "@/lib/domains/kitchen-hours/zoned-time";

/** "Thu 10 Dec, 18:00–18:30" on the store's clock: the same text on the server and in any browser. */
export function sessionWindowLabel(startsAt: string, endsAt: string, timezone: string): string {
  const day = new Intl.DateTimeFormat("en-GB", {
    timeZone: timezone,
    weekday: "short",
    day: "numeric",
    month: "short",
  }).format(new Date(startsAt));
  return `${day}, ${clockLabel(new Date(startsAt), timezone)}–${clockLabel(new Date(endsAt), timezone)}`;
}
