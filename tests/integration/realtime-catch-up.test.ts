import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { QA_SINCE_PAGE } from "@/lib/domains/qa/read-threads";
import { votePost } from "@/lib/domains/qa/vote-post";
import { ACTIVITY_SINCE_PAGE } from "@/lib/domains/activity/read-activity";
import { catchUpActivity, catchUpQa } from "@/components/live/connection/catch-up";
import { latestSeq } from "@/components/live/connection/sequence";
import { createProduct } from "../factories/catalog";
import { requestOk as ok } from "../support/realtime-harness";
import { realtimeSuite } from "../support/realtime-suite";

// Issue 13 item 5: a tab that was away for more than one page of changes catches up on all of them, through
// the browser's own paging loop (components/live/connection/catch-up.ts) on a real socket.io-client.
const suite = realtimeSuite();
let productId: string;

type Posted = { thread: TQaThread; seq: string };

const client = () => suite.connect({ shopperId: randomUUID() });

beforeAll(async () => {
  productId = (await createProduct(suite.t.db)).id;
});

describe("Q&A catch-up past one page", () => {
  it("gets every change made while away, however many pages", async () => {
    const asker = await client();
    const voted = await ok<Posted>(asker, "qa:ask", {
      productId,
      body: "Is this roast good for espresso?",
      idempotencyKey: randomUUID(),
    });
    const lastSeen = voted.seq;

    // While the tab is away: ten shoppers say "me too" through the vote operation the socket handler calls,
    // a thousand more vote toggles follow (their change rows written in one statement, as the vote operation
    // writes them, to keep the test quick), then three new questions come in after them all.
    for (let i = 0; i < 10; i++) {
      await votePost(suite.t.db, randomUUID(), { post: { kind: "question", id: voted.thread.id }, on: true });
    }
    await suite.t.db.qaChange.createMany({
      data: Array.from({ length: 1_000 }, () => ({ productId, questionId: voted.thread.id, kind: "voted" })),
    });
    const askers = await Promise.all(Array.from({ length: 3 }, () => client()));
    const late = await Promise.all(
      askers.map((a, i) =>
        ok<Posted>(a, "qa:ask", { productId, body: `Late question number ${i + 1}`, idempotencyKey: randomUUID() }),
      ),
    );
    const changes = await suite.t.db.qaChange.count({ where: { id: { gt: BigInt(lastSeen) } } });
    expect(changes).toBeGreaterThan(QA_SINCE_PAGE);

    const back = await client();
    // One request answers one page and says there is more: asking once (the old client) missed the questions.
    const first = await ok<{ threads: TQaThread[]; seq: string; more: boolean }>(back, "qa:since", {
      productId,
      afterSeq: lastSeen,
    });
    expect(first.more).toBe(true);
    expect(first.threads.map((x) => x.id)).toEqual([voted.thread.id]);

    const pages: { threads: TQaThread[]; seq: string }[] = [];
    const result = await catchUpQa(back, productId, lastSeen, (threads, seq) => pages.push({ threads, seq }));
    expect(result).toEqual({ ok: true, data: { cursor: latestSeq(late.map((p) => p.seq)) } });
    expect(pages.length).toBeGreaterThan(1);
    const seen = new Map(pages.flatMap((p) => p.threads.map((x) => [x.id, x] as const)));
    for (const posted of late) expect(seen.get(posted.thread.id)?.body).toBe(posted.thread.body);
    expect(seen.get(voted.thread.id)?.meTooCount).toBe(10);
    // Pages come in order and each is current as of a later change.
    const seqs = pages.map((p) => BigInt(p.seq));
    expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);
  }, 60_000);

  it("ends at once when nothing changed", async () => {
    const c = await client();
    const latest = (await suite.t.db.qaChange.findFirstOrThrow({ orderBy: { id: "desc" } })).id.toString();
    const pages: string[] = [];
    const result = await catchUpQa(c, productId, latest, (_threads, seq) => pages.push(seq));
    expect(result).toEqual({ ok: true, data: { cursor: latest } });
    expect(pages).toEqual([latest]);
  });

  it("stops on a refusal and says why", async () => {
    const c = await client();
    const result = await catchUpQa(c, null, "0", () => undefined);
    expect(result).toMatchObject({ ok: false });
  });
});

describe("activity catch-up past one page", () => {
  it("gets every event stored while away, in order", async () => {
    const c = await client();
    const before = await suite.t.db.activityEvent.create({ data: { kind: "purchase", productId } });
    const missed = 1_050;
    await suite.t.db.activityEvent.createMany({
      data: Array.from({ length: missed }, () => ({ kind: "purchase", productId })),
    });

    const first = await ok<{ events: TActivityEvent[]; more: boolean }>(c, "activity:since", {
      afterId: before.id.toString(),
    });
    expect(first.events).toHaveLength(ACTIVITY_SINCE_PAGE);
    expect(first.more).toBe(true);

    const received: TActivityEvent[] = [];
    const result = await catchUpActivity(c, before.id.toString(), (events) => received.push(...events));
    expect(result.ok).toBe(true);
    expect(received).toHaveLength(missed);
    const ids = received.map((e) => BigInt(e.id));
    expect(ids.every((id, i) => id > (i === 0 ? before.id : ids[i - 1]!))).toBe(true);
    expect(result).toEqual({ ok: true, data: { cursor: received.at(-1)!.id } });
  });
});
