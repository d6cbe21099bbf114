// d2. Sustained posting with persistence: closed loop, each poster asks again as soon as its ack
// returns. Posters are shoppers in distinct product rooms outside the hot one, asking about the
// product they view, so each post reaches that room's few viewers (and, as every question does, a
// "question_asked" activity event reaches every socket, merged into one push per socket per interval).
import type { ServerReply } from "../realtime-server";
import { fmt } from "../support/stats";
import { QA_POSTERS, QA_SECONDS, QA_TEXT, SUSTAINED_PREFIX, log, sleep } from "./config";
import { ask, type Viewer } from "./clients";
import type { CpuShare, ServerChannel, cpuMeter } from "./server-channel";
import type { Receipts } from "./trials";

export interface SustainedResult {
  posters: number;
  acked: number;
  refused: string[];
  latencies: number[];
  expectedReceipts: number;
  sustainedS: number;
  cpu: CpuShare;
  stored: Extract<ServerReply, { type: "questions" }>;
  activity: { received: number; expected: number };
  /** activity:recorded pushes per socket per second while posting (merged: at most one per push interval) */
  pushesPerSocketS: number;
}

export async function runSustainedQa(
  viewers: Viewer[],
  channel: ServerChannel,
  cpu: ReturnType<typeof cpuMeter>,
  receipts: Receipts,
): Promise<SustainedResult> {
  const posters: Viewer[] = [];
  for (const v of viewers) {
    if (posters.length === QA_POSTERS) break;
    if (!v.hot && !posters.some((p) => p.productId === v.productId)) posters.push(v);
  }
  const roomSize = new Map<string, number>();
  for (const v of viewers) roomSize.set(v.productId, (roomSize.get(v.productId) ?? 0) + 1);
  const sustained = { acked: 0, refused: [] as string[], latencies: [] as number[], expectedReceipts: 0 };
  const activityBefore = receipts.questionActivitySeen;
  const pushesBefore = receipts.activityPushes;
  receipts.sustainedReceipts = 0;
  const sustainedCpuStart = await cpu.cpuMark();
  const sustainedStart = performance.now();
  const deadline = sustainedStart + QA_SECONDS * 1000;
  let lastAck = sustainedStart;
  await Promise.all(
    posters.map(async (poster, p) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const sent = performance.now();
        const ack = await ask(poster.client, poster.productId, `${SUSTAINED_PREFIX}${p}-${n}${QA_TEXT}`);
        lastAck = performance.now();
        sustained.latencies.push(lastAck - sent);
        if (ack.ok) {
          sustained.acked++;
          sustained.expectedReceipts += roomSize.get(poster.productId)!;
        } else sustained.refused.push(ack.error);
      }
    }),
  );
  const sustainedS = (lastAck - sustainedStart) / 1000;
  const pushesPerSocketS = (receipts.activityPushes - pushesBefore) / viewers.length / sustainedS;
  const sustainedCpu = cpu.cpuShare(sustainedCpuStart, await cpu.cpuMark());
  // Let the trailing broadcasts land before counting what arrived and what was stored.
  {
    const until = performance.now() + 10_000;
    while (
      (receipts.sustainedReceipts < sustained.expectedReceipts ||
        receipts.questionActivitySeen - activityBefore < sustained.acked * viewers.length) &&
      performance.now() < until
    ) {
      await sleep(50);
    }
  }
  const stored = await channel.ask<Extract<ServerReply, { type: "questions" }>>(
    { type: "count-questions", bodyPrefix: SUSTAINED_PREFIX },
    "questions",
  );
  const activity = {
    received: receipts.questionActivitySeen - activityBefore,
    expected: sustained.acked * viewers.length,
  };
  log(
    `sustained posts: ${sustained.acked} acked by ${posters.length} posters in ${fmt(sustainedS, 2)} s; ${stored.questions} stored; ` +
      `CPU server ${fmt(100 * sustainedCpu.server, 0)}%, swarm ${fmt(100 * sustainedCpu.swarm, 0)}% of a core`,
  );
  return { posters: posters.length, ...sustained, sustainedS, cpu: sustainedCpu, stored, activity, pushesPerSocketS };
}
