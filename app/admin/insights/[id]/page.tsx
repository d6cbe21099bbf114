import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/platform/db/client";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { readExperimentReport } from "@/lib/domains/experiments/read-experiment-report";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";
import { ExperimentReportView } from "@/components/insights/experiment-report-view";
import { changeExperimentAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Experiment results" };

// /admin/insights/[id]: one experiment's results, health and observational insights. Owners only.
export default async function ExperimentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await staffForPage("owner", `/admin/insights/${id}`))) return <ForbiddenNotice needed="owner" />;
  if (!z.uuid().safeParse(id).success) notFound();
  const [{ timezone }, { currency }] = await Promise.all([getOrderSettings(db()), getStoreSettings(db())]);
  const report = await readExperimentReport(db(), id, timezone);
  if (!report) notFound();
  return (
    <ExperimentReportView report={report} currency={currency} timezone={timezone} action={changeExperimentAction} />
  );
}
