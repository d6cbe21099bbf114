import type { TResponseTimes } from "@/lib/platform/contracts/qa";
import { HowCounted } from "@/components/live/how-counted";
import { MIN_ANSWERS_FOR_MEDIAN } from "@/lib/domains/qa/response-times";
import { responseTimeSentence } from "./response-time-text";

/** The shop's real answering record beside its promise; the record is computed, the promise is set by the owner. */
export function ResponseTimeNote({ times, promisedMinutes }: { times: TResponseTimes; promisedMinutes: number }) {
  return (
    <section aria-labelledby="response-time" className="space-y-2" data-testid="response-time">
      <h3 id="response-time" className="text-sm font-semibold uppercase tracking-wide text-roast-700">
        How fast we answer
      </h3>
      <p className="text-sm text-roast-900">
        {responseTimeSentence(times.medianSeconds, times.answered, times.windowDays)}
      </p>
      <p className="text-sm text-roast-900">We aim to answer within {promisedMinutes} minutes.</p>
      <HowCounted>
        <p>
          For every question whose first answer from a host came in the last {times.windowDays} days, we take the time
          from the question being posted to that first host answer, and show the median (half were answered faster).
          Answers from other shoppers do not count.
        </p>
        <p>
          Questions still waiting are not in this number yet. Below {MIN_ANSWERS_FOR_MEDIAN} answered questions we say
          so instead of showing a figure. Recomputed about once a minute.
        </p>
        {times.kitchenTime ? (
          <p>
            The shop keeps kitchen hours, so only time inside them counts: a question asked at night is counted from
            when hosts are back. Of these answers, {times.answeredInsideHours ?? 0} came inside the hours and{" "}
            {times.answeredOutsideHours ?? 0} outside them.
          </p>
        ) : null}
        <p>The aim is the shop owner&apos;s own promise, not a measurement.</p>
      </HowCounted>
    </section>
  );
}
