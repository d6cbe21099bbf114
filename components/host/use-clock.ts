"use client";

import { useEffect, useState } from "react";

/**
 * One clock for every timer on the page, ticking each second. It starts at the server's render time so
 * the first client render of the timers matches the HTML.
 */
export function useClock(renderedAt: number): number {
  const [now, setNow] = useState(renderedAt);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, []);
  return now;
}
