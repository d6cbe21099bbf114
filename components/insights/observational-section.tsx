import type { ObservationalInsights } from "@/lib/domains/experiments/read-observational-insights";
import { InsightsTable } from "./insights-table";

/** Conversion split by things nobody randomized, labelled so nobody reads it as an effect. */
export function ObservationalSection({ insights }: { insights: ObservationalInsights }) {
  return (
    <section aria-labelledby="observational-title" className="space-y-3" data-testid="observational-insights">
      <h2 id="observational-title" className="text-xl font-semibold">
        Observations (not causal)
      </h2>
      <p className="max-w-2xl text-sm text-roast-800">
        These compare open-kitchen shoppers who differ in ways the experiment did not decide. A shopper who asks is
        already more interested, and hosts answer faster at busy, buying hours: a higher rate in one row is not what
        answering, a host on duty or a kitchen update did. Only the comparison above, between randomized groups, is.
      </p>
      <div className="grid gap-6 lg:grid-cols-3">
        <InsightsTable title="Asked a question, by how soon a host first answered" rows={insights.byAnswerDelay} />
        <InsightsTable title="By whether a host was on duty" rows={insights.byHostOnDuty} />
        <InsightsTable title="By whether a kitchen update had just been posted" rows={insights.byRecentKitchenUpdate} />
      </div>
    </section>
  );
}
