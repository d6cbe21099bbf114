import Link from "next/link";
import type { FormAction } from "@/components/ui/action-form";
import type { ExperimentReport } from "@/lib/domains/experiments/read-experiment-report";
import { formatOrderTime } from "@/components/orders/format-order-time";
import { ComparisonList } from "./comparison-list";
import { CumulativeChart } from "./cumulative-chart";
import { CumulativeTable } from "./cumulative-table";
import { ExperimentControls } from "./experiment-controls";
import { GroupTable } from "./group-table";
import { HealthList } from "./health-list";
import { HowComputed } from "./how-computed";
import { ObservationalSection } from "./observational-section";

interface Props {
  report: ExperimentReport;
  currency: string;
  timezone: string;
  action: FormAction;
}

/** One experiment's results page: progress or verdict, the groups, the differences over time, health, insights. */
export function ExperimentReportView({ report, currency, timezone, action }: Props) {
  const { experiment: e, results, series, insights } = report;
  const when = (d: Date) => formatOrderTime(d.toISOString(), timezone);
  return (
    <main className="space-y-8">
      <p>
        <Link href="/admin/insights" className="text-sm underline underline-offset-2">
          All experiments
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{e.name}</h1>
        {e.demo ? (
          <p className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-900" data-testid="demo-data-note">
            Demo data: this experiment was built from simulated shoppers to show what a finished one looks like. Nothing
            simulated is ever written into a real shop&apos;s database.
          </p>
        ) : null}
        <p className="text-sm text-roast-800">
          {e.design === "holdout"
            ? `Holdout: ${Math.round(e.closedShare * 100)}% of shoppers see a closed kitchen.`
            : `Switchback: ${e.blockMinutes / 60} h blocks, ${e.washoutMinutes} min washout.`}{" "}
          Attribution window {e.windowDays} days. Started {when(e.startedAt)}
          {e.endedAt ? `, ended ${when(e.endedAt)}` : e.status === "paused" ? ", paused now" : ", running"}.
        </p>
        <ExperimentControls experiment={e} action={action} />
      </header>

      <section aria-labelledby="verdict-title" className="space-y-3">
        <h2 id="verdict-title" className="text-xl font-semibold">
          {results.verdictShown ? "Result" : "Not enough to say yet"}
        </h2>
        {results.missing.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5 text-roast-900" data-testid="gate-progress">
            {results.missing.map((m) => (
              <li key={m}>{m[0]!.toUpperCase() + m.slice(1)}.</li>
            ))}
          </ul>
        ) : null}
        {results.verdictShown ? <ComparisonList results={results} currency={currency} /> : null}
        {!results.verdictShown && results.missing.length === 0 ? (
          <p className="text-roast-900">
            A health check below fails, so no difference is shown: fix what it says first.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="groups-title" className="space-y-3">
        <h2 id="groups-title" className="text-xl font-semibold">
          The groups
        </h2>
        <GroupTable groups={results.groups} currency={currency} />
        {results.pairs !== undefined ? <p className="text-sm">Complete pairs of blocks: {results.pairs}.</p> : null}
        <p className="text-sm">
          Download:{" "}
          <a href={`/admin/insights/${e.id}/export/daily`} className="underline underline-offset-2">
            per day (CSV)
          </a>
          {" · "}
          <a href={`/admin/insights/${e.id}/export/shoppers`} className="underline underline-offset-2">
            per shopper, pseudonymous (CSV)
          </a>
        </p>
      </section>

      {e.design === "holdout" ? (
        <section aria-labelledby="chart-title" className="space-y-3">
          <h2 id="chart-title" className="text-xl font-semibold">
            Difference in conversion over time
          </h2>
          <p className="text-sm text-roast-800">
            Open minus closed, as it stood at the end of each day, with its always-valid 95% interval.
          </p>
          <CumulativeChart points={series} />
          <CumulativeTable points={series} />
        </section>
      ) : null}

      <section aria-labelledby="health-title" className="space-y-3">
        <h2 id="health-title" className="text-xl font-semibold">
          Health checks
        </h2>
        <HealthList checks={results.health} />
      </section>

      <ObservationalSection insights={insights} />
      <HowComputed design={e.design} windowDays={e.windowDays} />
    </main>
  );
}
