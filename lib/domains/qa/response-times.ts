import type { Db } from "@/lib/platform/db/client";
import type { TResponseTimes } from "@/lib/platform/contracts/qa";
import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { hasKitchenHours } from "@/lib/domains/kitchen-hours/open-intervals";
import { isOpenAt, openMsBetween } from "@/lib/domains/kitchen-hours/kitchen-status";

/** Below this many answered questions the shop says it cannot tell yet (as Intercom does). */
export const MIN_ANSWERS_FOR_MEDIAN = 5;
/** The most answered questions read to split by kitchen hours (newest first): plenty for a week's median. */
const MAX_ROWS_WITH_HOURS = 5000;

/**
 * Time from a question to its first host answer, over questions answered in the window.
 * Computed in Postgres from stored timestamps, nothing estimated. With kitchen hours set, the clock runs
 * only while the kitchen is open (a question asked at night starts counting when hosts are back), and
 * answers are counted as given inside or outside the hours.
 */
export async function responseTimes(
  db: Db,
  since: Date,
  windowDays: number,
  schedule?: TKitchenSchedule,
): Promise<TResponseTimes> {
  if (schedule && hasKitchenHours(schedule.hours)) return withinHours(db, since, windowDays, schedule);
  const [row] = await db.$queryRaw<{ answered: bigint; median: number | null; p90: number | null }[]>`
    SELECT count(*) AS answered,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "firstHostAnswerAt" - "createdAt")) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM "firstHostAnswerAt" - "createdAt")) AS p90
    FROM "Question"
    WHERE "firstHostAnswerAt" IS NOT NULL AND "firstHostAnswerAt" >= ${since}`;
  const answered = Number(row?.answered ?? 0);
  const enough = answered >= MIN_ANSWERS_FOR_MEDIAN;
  return {
    windowDays,
    answered,
    medianSeconds: enough && row?.median != null ? Math.round(Number(row.median)) : null,
    p90Seconds: enough && row?.p90 != null ? Math.round(Number(row.p90)) : null,
  };
}

/** percentile_cont's linear interpolation, over sorted values. */
export function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

async function withinHours(db: Db, since: Date, windowDays: number, schedule: TKitchenSchedule) {
  const rows = await db.question.findMany({
    where: { firstHostAnswerAt: { gte: since } },
    select: { createdAt: true, firstHostAnswerAt: true },
    orderBy: { firstHostAnswerAt: "desc" },
    take: MAX_ROWS_WITH_HOURS,
  });
  let inside = 0;
  const waits: number[] = [];
  for (const row of rows) {
    const answeredAt = row.firstHostAnswerAt!;
    if (isOpenAt(schedule, answeredAt)) inside += 1;
    waits.push(openMsBetween(schedule, row.createdAt, answeredAt) / 1000);
  }
  waits.sort((a, b) => a - b);
  const enough = rows.length >= MIN_ANSWERS_FOR_MEDIAN;
  const round = (n: number | null) => (enough && n !== null ? Math.round(n) : null);
  return {
    windowDays,
    answered: rows.length,
    medianSeconds: round(percentile(waits, 0.5)),
    p90Seconds: round(percentile(waits, 0.9)),
    kitchenTime: true,
    answeredInsideHours: inside,
    answeredOutsideHours: rows.length - inside,
  } satisfies TResponseTimes;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function lastDays(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export function startOfUtcDay(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
