// a. Fan-out of one activity event to every socket, beside io.to(room).emit of the same payload.
// d. A Q&A post to every viewer of the hot room, beside the broadcast alone. Arms interleave per trial.
import { fmt, median } from "../support/stats";
import { QA_TRIALS, TRIALS, log } from "./config";
import type { CpuMeter, CpuShare } from "./server-channel";
import { swarmCpuLine } from "./swarm-pool";
import { fresh, type Arm, type Samples, type Trials } from "./trials";

export const fanoutArms: Arm[] = ["emit-store", "activity", "emit-hot"];
export const qaArms: Arm[] = ["emit-hot-qa", "qa-ask"];

export type ArmResults = Map<Arm, Samples>;

export async function runFanout({ runTrial, receipts }: Trials, cpu: CpuMeter, results: ArmResults): Promise<CpuShare> {
  // Warm-up: the first activity trial also captures a real stored event to reuse as the emit payload.
  {
    const discard = fresh();
    await runTrial("activity", discard);
    for (let i = 0; i < 5; i++) for (const arm of fanoutArms) await runTrial(arm, discard);
  }
  for (const arm of fanoutArms) results.set(arm, fresh());
  const t = performance.now();
  const fanoutCpuStart = await cpu.cpuMark();
  for (let i = 0; i < TRIALS; i++) for (const arm of fanoutArms) await runTrial(arm, results.get(arm)!);
  const fanoutCpu = cpu.cpuShare(fanoutCpuStart, await cpu.cpuMark());
  log(
    `fan-out: ${TRIALS} trials × ${fanoutArms.length} arms in ${fmt((performance.now() - t) / 1000)} s; payload ` +
      `${JSON.stringify(receipts.capturedPayload).length} B JSON; CPU server ${fmt(100 * fanoutCpu.server, 0)}%, ${swarmCpuLine(fanoutCpu.swarm)} of a core`,
  );
  return fanoutCpu;
}

export async function runQaTrials(
  { runTrial, receipts }: Trials,
  cpu: CpuMeter,
  results: ArmResults,
): Promise<{ qaCpu: CpuShare; realQaSizes: number[]; baselineQaSizes: number[] }> {
  // d. Q&A post → every viewer of the hot room, beside the broadcast alone. Warm-up: the first post
  // captures a real qa:changed to reuse (re-tokened) as the baseline's payload.
  {
    const discard = fresh();
    await runTrial("qa-ask", discard);
    if (!receipts.capturedQa)
      throw new Error(
        `no qa:changed received for the first question (${receipts.qaErrors.join("; ") || "no error ack"})`,
      );
    for (let i = 0; i < 5; i++) for (const arm of qaArms) await runTrial(arm, discard);
  }
  const warmupQaErrors = receipts.qaErrors.splice(0);
  for (const arm of qaArms) results.set(arm, fresh());
  const t = performance.now();
  const qaCpuStart = await cpu.cpuMark();
  for (let i = 0; i < QA_TRIALS; i++) for (const arm of qaArms) await runTrial(arm, results.get(arm)!);
  const qaCpu = cpu.cpuShare(qaCpuStart, await cpu.cpuMark());
  const realQaSizes = results.get("qa-ask")!.bytes;
  const baselineQaSizes = results.get("emit-hot-qa")!.bytes;
  log(
    `Q&A: ${QA_TRIALS} trials × ${qaArms.length} arms in ${fmt((performance.now() - t) / 1000)} s; qa:changed ` +
      `${median(realQaSizes)} B JSON (baseline ${median(baselineQaSizes)} B); ${receipts.qaErrors.length} refused posts` +
      `${warmupQaErrors.length ? ` (+${warmupQaErrors.length} in warm-up)` : ""}; CPU server ${fmt(100 * qaCpu.server, 0)}%, ${swarmCpuLine(qaCpu.swarm)} of a core`,
  );
  return { qaCpu, realQaSizes, baselineQaSizes };
}
