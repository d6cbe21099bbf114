import type { TExperimentDesign } from "@/lib/platform/contracts/experiments";

export type ExperimentStatus = "running" | "paused" | "ended";

/** What assignment needs of the experiment that runs or pauses now. */
export interface ActiveExperiment {
  id: string;
  design: TExperimentDesign;
  status: Exclude<ExperimentStatus, "ended">;
  salt: string;
  closedShare: number;
  blockMinutes: number;
  washoutMinutes: number;
  startedAt: Date;
}

export interface ExperimentSummary extends Omit<ActiveExperiment, "status" | "salt"> {
  name: string;
  status: ExperimentStatus;
  windowDays: number;
  demo: boolean;
  pausedAt: Date | null;
  endedAt: Date | null;
  startedByName: string;
}

export const experimentSummarySelect = {
  id: true,
  name: true,
  design: true,
  status: true,
  closedShare: true,
  blockMinutes: true,
  washoutMinutes: true,
  windowDays: true,
  demo: true,
  startedAt: true,
  pausedAt: true,
  endedAt: true,
  startedByName: true,
} as const;

type SummaryRow = Omit<ExperimentSummary, "design" | "status"> & { design: string; status: string };

export function experimentSummaryDto(row: SummaryRow): ExperimentSummary {
  return {
    ...row,
    design: row.design === "SWITCHBACK" ? "switchback" : "holdout",
    status: row.status === "RUNNING" ? "running" : row.status === "PAUSED" ? "paused" : "ended",
  };
}
