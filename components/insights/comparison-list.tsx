import type { ExperimentResults } from "@/lib/domains/experiments/analyze-experiment";
import { formatAbsolute, formatInterval, formatRelative } from "./format-effect";

/** Open minus closed for each metric, absolute and relative, each with its always-valid 95% interval. */
export function ComparisonList({ results, currency }: { results: ExperimentResults; currency: string }) {
  return (
    <dl className="space-y-4" data-testid="comparisons">
      {results.comparisons.map((c) => {
        const unit = c.metric === "revenuePerVisitor" ? "money" : "rate";
        return (
          <div key={c.metric} className="rounded-lg border border-roast-200 bg-white p-4">
            <dt className="font-semibold text-roast-900">{c.label}: open minus closed</dt>
            {c.difference === null ? (
              <dd className="mt-1 text-sm text-roast-800">Not enough data to compare yet.</dd>
            ) : (
              <>
                <dd className="mt-1 text-sm">
                  Absolute: {formatInterval(c.difference.absolute, (x) => formatAbsolute(x, unit, currency))}
                </dd>
                <dd className="text-sm">
                  Relative:{" "}
                  {c.difference.relative
                    ? formatInterval(c.difference.relative, formatRelative)
                    : "— (the closed group has none yet)"}
                </dd>
                {results.verdictShown ? (
                  <dd className="mt-1 text-sm font-medium">
                    {!c.difference.significant
                      ? "No difference shown yet: the interval still includes zero."
                      : c.difference.absolute.estimate > 0
                        ? "The open kitchen does better on this measure."
                        : "The closed kitchen does better on this measure."}
                  </dd>
                ) : null}
              </>
            )}
          </div>
        );
      })}
    </dl>
  );
}
