import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { afterOpenTime, kitchenStatus } from "./kitchen-status";
import { dayAndTime, kitchenStatusSentence } from "./kitchen-hours-text";

export interface WaitPromise {
  /** "Hosts are in the kitchen until 17:00." / "Hosts are back at 9:00 tomorrow (in 14 h)."; null without hours. */
  status: string | null;
  /** When a question asked now should expect an answer, and on what that rests. */
  expect: string | null;
}

/**
 * The honest wait for a question asked at `now`: the measured median (kitchen time, when hours are set) or,
 * below enough answers, the owner's promise, laid over the hours, so a question asked at night is told
 * "by about 9:20 tomorrow" rather than "within 15 min".
 */
export function waitPromise(
  schedule: TKitchenSchedule,
  now: Date,
  medianSeconds: number | null,
  promisedMinutes: number,
): WaitPromise {
  const status = kitchenStatus(schedule, now);
  const sentence = kitchenStatusSentence(status, schedule, now);
  if (status.kind === "no-hours") return { status: null, expect: null };
  const measured = medianSeconds !== null;
  const waitMs = measured ? medianSeconds * 1000 : promisedMinutes * 60_000;
  const at = afterOpenTime(schedule, now, waitMs);
  if (!at) return { status: sentence, expect: null };
  const when = dayAndTime(at, now, schedule.timezone);
  return {
    status: sentence,
    expect: measured
      ? `Asked now, half of questions like it are answered by about ${when}.`
      : `Asked now, we aim to answer by ${when}.`,
  };
}
