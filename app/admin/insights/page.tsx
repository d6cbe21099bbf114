import type { Metadata } from "next";
import { db } from "@/lib/platform/db/client";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { StartExperimentForm } from "@/components/insights/start-experiment-form";
import { ExperimentList } from "@/components/insights/experiment-list";
import { ExperimentControls } from "@/components/insights/experiment-controls";
import { listExperiments } from "@/lib/domains/experiments/list-experiments";
import { readShopTraffic } from "@/lib/domains/experiments/read-shop-traffic";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";
import { changeExperimentAction, startExperimentAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Insights" };

// /admin/insights: does the open kitchen sell here? Owners start, pause and end experiments and open their results.
export default async function InsightsPage() {
  if (!(await staffForPage("owner", "/admin/insights"))) return <ForbiddenNotice needed="owner" />;
  const [experiments, traffic, settings] = await Promise.all([
    listExperiments(db()),
    readShopTraffic(db()),
    getOrderSettings(db()),
  ]);
  const active = experiments.find((e) => e.status !== "ended" && !e.demo);
  return (
    <main className="space-y-10">
      <header>
        <h1 className="text-2xl font-semibold">Does the open kitchen sell here?</h1>
        <p className="mt-2 max-w-2xl text-roast-800">
          Compare the open kitchen with a closed-kitchen group on your own shop. Results use an interval that stays
          valid however often you look, and say nothing until there is enough data.
        </p>
      </header>
      {active ? (
        <section aria-labelledby="active-title" className="space-y-3 rounded-lg border border-leaf-600/40 bg-white p-5">
          <h2 id="active-title" className="text-xl font-semibold">
            {active.status === "running" ? "Running now" : "Paused"}: {active.name}
          </h2>
          <p className="text-sm text-roast-800">
            {active.status === "running"
              ? "Shoppers are being assigned and counted."
              : "Everyone sees the open kitchen, and nothing is counted until you resume."}{" "}
            <a href={`/admin/insights/${active.id}`} className="underline underline-offset-2">
              See the results
            </a>
          </p>
          <ExperimentControls experiment={active} action={changeExperimentAction} />
        </section>
      ) : (
        <section aria-labelledby="start-title" className="space-y-4">
          <h2 id="start-title" className="text-xl font-semibold">
            Start an experiment
          </h2>
          <StartExperimentForm action={startExperimentAction} traffic={traffic} />
        </section>
      )}
      <section aria-labelledby="all-title" className="space-y-3">
        <h2 id="all-title" className="text-xl font-semibold">
          All experiments
        </h2>
        <ExperimentList experiments={experiments} timezone={settings.timezone} />
      </section>
    </main>
  );
}
