// One latency trial at a time: every swarm process is armed for it, then a trigger (an emit over IPC,
// recordActivity in the server, or a shopper's qa:ask sent by the worker holding that socket), then
// every expected receipt timed against the trigger's time on the shared clock (config.ts `clock`).
// The workers also count the "question_asked" activity and the sustained posts' qa:changed.
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TQaChanged } from "@/lib/platform/contracts/qa";
import { QA_ASKERS, QA_TEXT, clock, qaToken, sleep } from "./config";
import type { Viewer } from "./clients";
import type { ServerChannel } from "./server-channel";
import type { SwarmPool } from "./swarm-pool";
import type { Counts } from "./swarm-worker";

export type Arm = "emit-store" | "activity" | "emit-hot" | "emit-hot-qa" | "qa-ask";

export interface Samples {
  all: number[];
  hot: number[];
  last: number[];
  missing: number;
  bytes: number[];
}

export const fresh = (): Samples => ({ all: [], hot: [], last: [], missing: 0, bytes: [] });

/** What the scenarios read as they run. */
export interface Receipts {
  /** A real activity push (one stored event), reused as the baselines' payload. */
  capturedPayload: TActivityEvent[] | undefined;
  capturedQa: TQaChanged | undefined;
  /** refusals of the latency arm's posts */
  qaErrors: string[];
  /** the workers' counters summed: activity pushes, question_asked events, sustained qa:changed */
  counts(): Promise<Counts>;
  /** set by the sustained phase: its qa:changed receipts against those expected */
  sustainedReceipts: number;
}

export function startTrials(
  pool: SwarmPool,
  viewers: Viewer[],
  channel: ServerChannel,
  hotProduct: string,
  pushIntervalMs: number,
) {
  const receipts: Receipts = {
    capturedPayload: undefined,
    capturedQa: undefined,
    qaErrors: [],
    sustainedReceipts: 0,
    counts: async () => {
      const all = await pool.all({ type: "counts" }, "counts");
      return all.reduce(
        (sum, c) => ({
          activityPushes: sum.activityPushes + c.activityPushes,
          questionActivity: sum.questionActivity + c.questionActivity,
          sustained: sum.sustained + c.sustained,
        }),
        { activityPushes: 0, questionActivity: 0, sustained: 0 },
      );
    },
  };
  const hotViewers = viewers.filter((v) => v.hot);
  const perWorker = Array.from({ length: pool.size }, (_, w) => viewers.filter((v) => pool.owner(v.id) === w).length);

  let seq = 0;
  let questionsAsked = 0;
  let lastActivityPush = Number.NEGATIVE_INFINITY;
  const runTrial = async (arm: Arm, samples: Samples) => {
    const id = ++seq;
    // Activity pushes are merged per interval: a trial started sooner would time the wait for the
    // interval's end, not the fan-out. Quiet-shop pacing: each activity trial starts a fresh interval.
    if (arm === "activity") await sleep(Math.max(0, lastActivityPush + pushIntervalMs + 20 - clock()));
    const qa = arm === "qa-ask" || arm === "emit-hot-qa";
    let acknowledged: Promise<void> = Promise.resolve();
    const outcome = await pool.trial(
      {
        group: "main",
        match: qa ? { kind: "qa-token", token: qaToken(id) } : { kind: "cart-add" },
        targets: arm === "emit-store" || arm === "activity" ? "all" : "hot",
        capture: qa || receipts.capturedPayload === undefined,
      },
      async () => {
        if (arm === "qa-ask") {
          // The worker holding the asker's socket stamps the send time; the ack may follow the broadcast.
          const asker = hotViewers[questionsAsked++ % Math.min(QA_ASKERS, hotViewers.length)]!;
          const asked = pool.request(
            pool.owner(asker.id),
            { type: "ask", id: asker.id, productId: hotProduct, body: qaToken(id) + QA_TEXT },
            "asked",
          );
          const { sentAt, error } = await asked;
          if (error) receipts.qaErrors.push(error);
          return sentAt;
        }
        const t0 = clock();
        acknowledged = channel.awaitDone(id);
        if (arm === "activity") {
          channel.send({ type: "activity", seq: id, productId: hotProduct });
        } else if (arm === "emit-hot-qa") {
          // The payload of a real qa:changed with only the token changed: the same bytes, the same size.
          const capturedQa = receipts.capturedQa!;
          const payload = { ...capturedQa, thread: { ...capturedQa.thread, body: qaToken(id) + QA_TEXT } };
          channel.send({ type: "emit-qa", seq: id, productId: hotProduct, payload });
        } else {
          channel.send({
            type: "emit",
            seq: id,
            room: arm === "emit-hot" ? "product" : "store",
            productId: hotProduct,
            payload: receipts.capturedPayload!,
          });
        }
        return t0;
      },
    );
    samples.all.push(...outcome.all);
    samples.hot.push(...outcome.hot);
    samples.missing += outcome.missing;
    if (outcome.last !== undefined) samples.last.push(outcome.last);
    if (qa && outcome.bytes !== undefined) samples.bytes.push(outcome.bytes);
    if (qa) receipts.capturedQa ??= outcome.sample as TQaChanged | undefined;
    else receipts.capturedPayload ??= outcome.sample as TActivityEvent[] | undefined;
    if (arm === "activity" || arm === "qa-ask") lastActivityPush = clock();
    await acknowledged;
    if (arm === "qa-ask") {
      // Every question also goes out as a "question_asked" activity event to all sockets; let it land
      // before the next trial so it does not queue in front of that trial's deliveries.
      await Promise.all(
        perWorker.map((n, w) =>
          pool.request(
            w,
            { type: "counts", wait: { questionActivity: questionsAsked * n, sustained: 0, timeoutMs: 2_000 } },
            "counts",
          ),
        ),
      );
    }
    await sleep(20 + Math.random() * 30);
  };
  return { runTrial, receipts };
}

export type Trials = ReturnType<typeof startTrials>;
