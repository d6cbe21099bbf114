// Everything one bench:realtime run measured, handed from the scenarios to the report.
import type { BareResult } from "./bare-baseline";
import type { ArmResults } from "./fanout";
import type { ChurnResult } from "./presence-churn";
import type { CpuShare } from "./server-channel";
import type { SustainedResult } from "./sustained-qa";
import type { SwarmResult } from "./swarm";
import type { Receipts } from "./trials";

export interface RunResults {
  pin: boolean;
  flushDelay: string;
  swarm: SwarmResult;
  results: ArmResults;
  fanoutCpu: CpuShare;
  qa: { qaCpu: CpuShare; realQaSizes: number[]; baselineQaSizes: number[] };
  sustained: SustainedResult;
  churnResults: ChurnResult[];
  bare: BareResult;
  receipts: Receipts;
  swarmProcesses: number;
  clockLine: string;
}
