"use client";

import { useNow } from "@/components/ui/use-now";

const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

function relative(iso: string, now: number): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (Math.abs(seconds) < 60) return "just now";
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return format.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, "hour");
  return format.format(Math.round(hours / 24), "day");
}

/** Server HTML may be cached: it shows the absolute time, and the browser turns it into "2 min ago". */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow(null, 30_000);
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {now === null ? new Date(iso).toISOString().slice(11, 16) + " UTC" : relative(iso, now)}
    </time>
  );
}
