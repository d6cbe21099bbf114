/** A moment in the store's time zone, e.g. "1 Dec 2026, 15:42 WET", the same on the server and in the browser. */
export function formatOrderTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}
