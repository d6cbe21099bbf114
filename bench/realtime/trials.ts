// One latency trial at a time: a trigger (an emit over IPC, recordActivity in the server, or a shopper's
// qa:ask), then every expected receipt timed against the trigger's send time. The receipt listeners on
// every viewer also count the "question_asked" activity and the sustained posts' qa:changed.
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TQaChanged } from "@/lib/platform/contracts/qa";
import { HOT, QA_ASKERS, QA_TEXT, SUSTAINED_PREFIX, qaToken, sleep } from "./config";
import { ask, type Viewer } from "./clients";
import type { ServerChannel } from "./server-channel";

export type Arm = "emit-store" | "activity" | "emit-hot" | "emit-hot-qa" | "qa-ask";

export interface Samples {
  all: number[];
  hot: number[];
  last: number[];
  missing: number;
  bytes: number[];
}

export const fresh = (): Samples => ({ all: [], hot: [], last: [], missing: 0, bytes: [] });

interface Trial {
  t0: number;
  /** Which receipts count: activity:recorded (cart_add), or qa:changed whose body starts with the token. */
  event: "activity" | "qa";
  token: string;
  expected: number;
  received: number;
  done: () => void;
}

/** What the listeners saw, read by the scenarios as they run. */
export interface Receipts {
  /** A real activity push (one stored event), reused as the baselines' payload. */
  capturedPayload: TActivityEvent[] | undefined;
  capturedQa: TQaChanged | undefined;
  /** activity:recorded "question_asked" receipts (what every post also sends), events not pushes */
  questionActivitySeen: number;
  /** activity:recorded pushes received, all sockets together: merged pushes carry many events */
  activityPushes: number;
  /** qa:changed receipts of posts made in the sustained phase */
  sustainedReceipts: number;
  /** refusals of the latency arm's posts */
  qaErrors: string[];
}

export function startTrials(viewers: Viewer[], channel: ServerChannel, hotProduct: string, pushIntervalMs: number) {
  let trial: Trial | undefined;
  let armSamples: Samples | undefined;
  const receipts: Receipts = {
    capturedPayload: undefined,
    capturedQa: undefined,
    questionActivitySeen: 0,
    activityPushes: 0,
    sustainedReceipts: 0,
    qaErrors: [],
  };
  viewers.forEach((v) => {
    v.client.on("activity:recorded", (events) => {
      const now = performance.now();
      receipts.activityPushes++;
      receipts.questionActivitySeen += events.filter((e) => e.kind === "question_asked").length;
      if (!events.some((e) => e.kind === "cart_add")) return;
      receipts.capturedPayload ??= events;
      if (trial?.event !== "activity") return;
      const latency = now - trial.t0;
      armSamples?.all.push(latency);
      if (v.hot) armSamples?.hot.push(latency);
      if (++trial.received === trial.expected) trial.done();
    });
    v.client.on("qa:changed", (change) => {
      const now = performance.now();
      const body = change.thread.body ?? "";
      if (body.startsWith(SUSTAINED_PREFIX)) receipts.sustainedReceipts++;
      if (trial?.event !== "qa" || !body.startsWith(trial.token)) return;
      if (trial.received === 0) {
        receipts.capturedQa ??= change;
        armSamples?.bytes.push(JSON.stringify(change).length);
      }
      const latency = now - trial.t0;
      armSamples?.all.push(latency);
      if (v.hot) armSamples?.hot.push(latency);
      if (++trial.received === trial.expected) trial.done();
    });
  });
  const hotViewers = viewers.filter((v) => v.hot);

  let seq = 0;
  let questionsAsked = 0;
  let lastActivityPush = Number.NEGATIVE_INFINITY;
  const runTrial = async (arm: Arm, samples: Samples) => {
    const id = ++seq;
    // Activity pushes are merged per interval: a trial started sooner would time the wait for the
    // interval's end, not the fan-out. Quiet-shop pacing: each activity trial starts a fresh interval.
    if (arm === "activity") await sleep(Math.max(0, lastActivityPush + pushIntervalMs + 20 - performance.now()));
    const qa = arm === "qa-ask" || arm === "emit-hot-qa";
    const expected = arm === "emit-store" || arm === "activity" ? viewers.length : HOT;
    armSamples = samples;
    const finished = new Promise<void>((resolve) => {
      trial = {
        t0: performance.now(),
        event: qa ? "qa" : "activity",
        token: qaToken(id),
        expected,
        received: 0,
        done: resolve,
      };
    });
    const t0 = trial!.t0;
    let acknowledged: Promise<void>;
    if (arm === "qa-ask") {
      const asker = hotViewers[questionsAsked++ % Math.min(QA_ASKERS, hotViewers.length)]!;
      acknowledged = ask(asker.client, hotProduct, qaToken(id) + QA_TEXT).then((ack) => {
        if (!ack.ok) receipts.qaErrors.push(ack.error);
      });
    } else {
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
    }
    const timedOut = await Promise.race([finished.then(() => false), sleep(5_000).then(() => true)]);
    const current = trial!;
    trial = undefined;
    if (timedOut) samples.missing += current.expected - current.received;
    else samples.last.push(performance.now() - t0);
    if (arm === "activity" || arm === "qa-ask") lastActivityPush = performance.now();
    await acknowledged;
    if (arm === "qa-ask") {
      // Every question also goes out as a "question_asked" activity event to all sockets; let it land
      // before the next trial so it does not queue in front of that trial's deliveries.
      const until = performance.now() + 2_000;
      while (receipts.questionActivitySeen < questionsAsked * viewers.length && performance.now() < until)
        await sleep(5);
    }
    await sleep(20 + Math.random() * 30);
  };
  return { runTrial, receipts };
}

export type Trials = ReturnType<typeof startTrials>;
