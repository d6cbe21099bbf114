import type { Db } from "@/lib/platform/db/client";
import type { TResponseTimes } from "@/lib/platform/contracts/qa";

/** Below this many answered questions the shop says it cannot tell yet (as Intercom does). */
export const MIN_ANSWERS_FOR_MEDIAN = 5;

/**
 * Time from a question to its first host answer, over questions answered in the window.
 * Computed in Postgres from stored timestamps, nothing estimated.
 */
export async function responseTimes(db: Db, since: Date, windowDays: number): Promise<TResponseTimes> {
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

const DAY_MS = 24 * 60 * 60 * 1000;

export function lastDays(days: number, now = new Date()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
