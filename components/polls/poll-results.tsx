import type { TPoll } from "@/lib/platform/contracts/polls";
import { HowCounted } from "@/components/live/how-counted";

/** Counts and percentages, or a plain "too few" below the store's threshold. Static: nothing blinks. */
export function PollResults({ poll, mine }: { poll: TPoll; mine: string | null }) {
  const { results } = poll;
  return (
    <div className="space-y-2">
      {results.options === null ? (
        <p className="text-sm text-roast-700">Too few answers to show yet.</p>
      ) : (
        <ul className="space-y-2" aria-label={`Results: ${poll.question}`}>
          {poll.options.map((option) => {
            const shown = results.options?.find((r) => r.id === option.id);
            const percent = shown?.percent ?? 0;
            return (
              <li key={option.id} className="text-sm" data-testid="poll-result">
                <div className="flex justify-between gap-2 text-roast-900">
                  <span>
                    {option.label}
                    {mine === option.id ? <span className="text-roast-700"> (your answer)</span> : null}
                  </span>
                  <span className="tabular-nums">
                    {shown?.count ?? 0} · {Math.round(percent)}%
                  </span>
                </div>
                <div className="mt-1 h-1.5 rounded-full bg-roast-100" aria-hidden="true">
                  <div className="h-1.5 rounded-full bg-leaf-600" style={{ width: `${percent}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <HowCounted>
        <p>One answer per person, however many tabs they have open; a changed answer replaces the old one.</p>
        <p>
          Counts stay hidden until enough people have answered (the store&apos;s threshold), so nobody can be singled
          out.
        </p>
      </HowCounted>
    </div>
  );
}
