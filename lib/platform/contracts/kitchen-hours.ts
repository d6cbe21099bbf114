import "./zod-browser";
import { z } from "zod";
import { WEEKDAYS } from "./weekdays";

/** "09:00"… "24:00" (a span may run to the end of the day). */
const ZClock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "Use 24-hour time, e.g. 09:00");
const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

export const ZKitchenSpan = z
  .object({ open: ZClock, close: ZClock })
  .strict()
  .refine((span) => minutesOf(span.close) > minutesOf(span.open), "Closing time must be after opening time");
export type TKitchenSpan = z.infer<typeof ZKitchenSpan>;

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-24");

/** A closed day, or special hours that replace the week's for that date. */
export const ZKitchenException = z
  .object({ date: ZDate, closed: z.boolean(), span: ZKitchenSpan.optional() })
  .strict()
  .refine((e) => e.closed || e.span !== undefined, "Special hours need a time span");
export type TKitchenException = z.infer<typeof ZKitchenException>;

/** Weekly hours by weekday (0 = Sunday, as Date#getDay), in the store's time zone, and their exceptions. */
export const ZKitchenHours = z
  .object({
    weekly: z.partialRecord(z.enum(WEEKDAYS), z.array(ZKitchenSpan).max(4)),
    exceptions: z.array(ZKitchenException).max(100),
  })
  .strict();
export type TKitchenHours = z.infer<typeof ZKitchenHours>;

export const NO_KITCHEN_HOURS: TKitchenHours = { weekly: {}, exceptions: [] };

/** The hours and the zone they are in: what pages and the host console carry. */
export interface TKitchenSchedule {
  hours: TKitchenHours;
  timezone: string;
}

const SPAN_LINE = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/;

/** One exception per line: "2026-12-24 closed" or "2026-12-31 10:00-14:00". */
function parseExceptionLine(line: string): unknown {
  const [date = "", ...rest] = line.trim().split(/\s+/);
  const tail = rest.join(" ");
  if (/^closed$/i.test(tail)) return { date, closed: true };
  const span = SPAN_LINE.exec(tail);
  return span ? { date, closed: false, span: { open: span[1], close: span[2] } } : { date, closed: false };
}

/**
 * /admin/settings kitchen hours form: per weekday an "open" and "close" time (both empty: no hours that
 * day), and the exceptions as text, one per line. Leaves as TKitchenHours.
 */
export const ZKitchenHoursForm = z
  .object({
    days: z.array(z.object({ open: z.string().trim(), close: z.string().trim() })).length(7),
    exceptions: z.string().max(5000, "Keep the list under 5000 characters"),
  })
  .strict()
  .transform((form) => ({
    weekly: Object.fromEntries(
      form.days.flatMap((d, i) => (d.open || d.close ? [[String(i), [{ open: d.open, close: d.close }]]] : [])),
    ),
    exceptions: form.exceptions
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map(parseExceptionLine),
  }))
  .pipe(ZKitchenHours);
export type TKitchenHoursFormInput = z.input<typeof ZKitchenHoursForm>;

/** "2026-12-24 closed" / "2026-12-31 10:00-14:00": the exceptions back as the form's text. */
export function exceptionsText(hours: TKitchenHours): string {
  return hours.exceptions
    .map((e) => (e.closed || !e.span ? `${e.date} closed` : `${e.date} ${e.span.open}-${e.span.close}`))
    .join("\n");
}
