import { formatMoney } from "@/lib/platform/money/format-money";
import type { Interval } from "@/lib/domains/experiments/stats/difference";

export const formatPercent = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

const signed = (text: string, x: number) => (x > 0 ? `+${text}` : text);

/** An absolute difference in the metric's unit: percentage points for rates, money for revenue. */
export function formatAbsolute(x: number, unit: "rate" | "money", currency: string): string {
  if (unit === "money") return signed(formatMoney(Math.round(x), currency), x);
  return signed(`${(x * 100).toFixed(2)} pp`, x);
}

export function formatInterval(i: Interval, format: (x: number) => string): string {
  if (!Number.isFinite(i.lower) || !Number.isFinite(i.upper)) return `${format(i.estimate)} (interval not yet defined)`;
  return `${format(i.estimate)} (95% interval ${format(i.lower)} to ${format(i.upper)})`;
}

export const formatRelative = (x: number) => signed(formatPercent(x), x);
