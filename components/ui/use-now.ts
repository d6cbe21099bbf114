"use client";

import { useEffect, useState } from "react";

/**
 * The time now, refreshed every `everyMs`. Until the first tick after mount it is `initial` (the server's
 * render time, or null), so the first client render matches the server's HTML.
 */
export function useNow<T extends number | null>(initial: T, everyMs: number): number | T {
  const [now, setNow] = useState<number | T>(initial);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, everyMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}
