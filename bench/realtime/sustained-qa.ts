// d2. Sustained posting with persistence: closed loop, each poster asks again as soon as its ack
// returns. Posters are shoppers in distinct product rooms outside the hot one, asking about the
// product they view, so each post reaches that room's few viewers (and, as every question does, a
// "question_asked" activity event reaches every socket, merged into one push per socket per interval).
// Each worker runs the posters whose sockets it holds.
import type { ServerReply } from "../realtime-server";
import { fmt } from "../support/stats";
import { QA_POSTERS, QA_SECONDS, QA_TEXT, SUSTAINED_PREFIX, clock, log, sleep } from "./config";
import type { Viewer } from "./clients";
import type { CpuMeter, CpuShare, ServerChannel } from "./server-channel";
import { swarmCpuLine, type SwarmPool } from "./swarm-pool";
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
  pool: SwarmPool,
  viewers: Viewer[],
  channel: ServerChannel,
  cpu: CpuMeter,
  receipts: Receipts,
): Promise<SustainedResult> {
  const posters: Viewer[] = [];
  for (const v of viewers) {
    if (posters.length === QA_POSTERS) break;
    if (!v.hot && !posters.some((p) => p.productId === v.productId)) posters.push(v);
  }
  const roomSize = new Map<string, number>();
  for (const v of viewers) roomSize.set(v.productId, (roomSize.get(v.productId) ?? 0) + 1);
  const before = await receipts.counts();
  const sustainedCpuStart = await cpu.cpuMark();
  const replies = await Promise.all(
    Array.from({ length: pool.size }, (_, w) => {
      const mine = posters.filter((p) => pool.owner(p.id) === w);
      return pool
        .request(
          w,
          {
            type: "sustained",
            posters: mine.map((p) => ({ id: p.id, productId: p.productId })),
            seconds: QA_SECONDS,
            text: QA_TEXT,
          },
          "sustained",
        )
        .then((reply) => ({ reply, mine }));
    }),
  );
  const afterPosting = await receipts.counts();
  const sustainedCpu = cpu.cpuShare(sustainedCpuStart, await cpu.cpuMark());
  let acked = 0;
  let expectedReceipts = 0;
  const refused: string[] = [];
  const latencies: number[] = [];
  for (const { reply, mine } of replies) {
    reply.acked.forEach((n, i) => {
      acked += n;
      expectedReceipts += n * roomSize.get(mine[i]!.productId)!;
    });
    refused.push(...reply.refused);
    latencies.push(...reply.latencies);
  }
  const busy = replies.filter((r) => r.mine.length > 0).map((r) => r.reply);
  const sustainedS = (Math.max(...busy.map((r) => r.lastAckAt)) - Math.min(...busy.map((r) => r.startedAt))) / 1000;
  const pushesPerSocketS = (afterPosting.activityPushes - before.activityPushes) / viewers.length / sustainedS;
  // Let the trailing broadcasts land before counting what arrived and what was stored.
  let now = afterPosting;
  for (const until = clock() + 10_000; clock() < until; await sleep(50)) {
    now = await receipts.counts();
    if (
      now.sustained - before.sustained >= expectedReceipts &&
      now.questionActivity - before.questionActivity >= acked * viewers.length
    )
      break;
  }
  receipts.sustainedReceipts = now.sustained - before.sustained;
  const stored = await channel.ask<Extract<ServerReply, { type: "questions" }>>(
    { type: "count-questions", bodyPrefix: SUSTAINED_PREFIX },
    "questions",
  );
  const activity = { received: now.questionActivity - before.questionActivity, expected: acked * viewers.length };
  log(
    `sustained posts: ${acked} acked by ${posters.length} posters in ${fmt(sustainedS, 2)} s; ${stored.questions} stored; ` +
      `CPU server ${fmt(100 * sustainedCpu.server, 0)}%, ${swarmCpuLine(sustainedCpu.swarm)} of a core`,
  );
  return {
    posters: posters.length,
    acked,
    refused,
    latencies,
    expectedReceipts,
    sustainedS,
    cpu: sustainedCpu,
    stored,
    activity,
    pushesPerSocketS,
  };
}
