import type { TResponseTimes } from "@/lib/platform/contracts/qa";
import { formatDuration } from "./wait-tone";
import { RefreshEveryMinute } from "./refresh-every-minute";

function Window({ label, times, minAnswers }: { label: string; times: TResponseTimes; minAnswers: number }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-roast-900">{label}</dt>
      <dd className="mt-1 text-sm text-roast-800">
        {times.medianSeconds === null ? (
          <span>
            Not enough answers yet ({times.answered} answered; we show a median from {minAnswers}).
          </span>
        ) : (
          <>
            <span className="block">
              Median <strong className="text-lg text-roast-900">{formatDuration(times.medianSeconds)}</strong>
            </span>
            {times.p90Seconds !== null ? (
              <span className="block">9 in 10 answered within {formatDuration(times.p90Seconds)}</span>
            ) : null}
            <span className="block text-xs text-roast-700">over {times.answered} answered questions</span>
          </>
        )}
        {times.kitchenTime ? (
          <span className="block text-xs text-roast-700" data-testid="answers-by-hours">
            {times.answeredInsideHours ?? 0} answered inside kitchen hours, {times.answeredOutsideHours ?? 0} outside
          </span>
        ) : null}
      </dd>
    </div>
  );
}

/** Time from a question to its first host answer, computed from stored timestamps. */
export function ResponseMetrics({
  today,
  week,
  promisedMinutes,
  minAnswers,
}: {
  today: TResponseTimes;
  week: TResponseTimes;
  promisedMinutes: number;
  minAnswers: number;
}) {
  return (
    <section aria-labelledby="metrics-heading" className="rounded-xl border border-roast-200 bg-white p-4">
      <h2 id="metrics-heading" className="text-lg font-semibold">
        Time to first answer
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-4">
        <Window label="Today (UTC)" times={today} minAnswers={minAnswers} />
        <Window label="Last 7 days" times={week} minAnswers={minAnswers} />
      </dl>
      <p className="mt-3 text-xs text-roast-700">
        From a question being asked to the first host answer, over questions answered in the period. With kitchen hours
        set, only time inside the hours counts (a question asked at night waits from opening time), and an answer counts
        as inside or outside the hours by the moment it was sent. Our promise to shoppers: {promisedMinutes} min.
        Refreshed every minute and after each answer.
      </p>
      <RefreshEveryMinute />
    </section>
  );
}
