import Link from "next/link";
import type { ExperimentSummary } from "@/lib/domains/experiments/experiment-dto";
import { formatOrderTime } from "@/components/orders/format-order-time";

const STATUS = { running: "Running", paused: "Paused", ended: "Ended" } as const;
const DESIGN = { holdout: "Holdout by shopper", switchback: "Switchback by time" } as const;

/** Every experiment, newest first, each linking to its results. */
export function ExperimentList({ experiments, timezone }: { experiments: ExperimentSummary[]; timezone: string }) {
  if (experiments.length === 0) return <p className="text-roast-800">No experiment yet.</p>;
  return (
    <ul className="divide-y divide-roast-200 rounded-lg border border-roast-200 bg-white" data-testid="experiment-list">
      {experiments.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
          <div>
            <Link
              href={`/admin/insights/${e.id}`}
              className="font-semibold text-roast-900 underline underline-offset-2"
            >
              {e.name}
            </Link>
            {e.demo ? (
              <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">Demo data</span>
            ) : null}
            <p className="text-sm text-roast-700">
              {DESIGN[e.design]}
              {e.design === "holdout"
                ? `, ${Math.round(e.closedShare * 100)}% closed`
                : `, ${e.blockMinutes / 60} h blocks`}
              {" · "}window {e.windowDays} days · started {formatOrderTime(e.startedAt.toISOString(), timezone)}
              {e.endedAt ? ` · ended ${formatOrderTime(e.endedAt.toISOString(), timezone)}` : ""}
            </p>
          </div>
          <span className="text-sm font-medium text-roast-900">{STATUS[e.status]}</span>
        </li>
      ))}
    </ul>
  );
}
