// Issue 19 §1: every stream read with a cursor numbers its rows in commit order. A change whose transaction
// is still open holds back every later change of its stream, so a client at any cursor it could have read
// still receives it (a sequence alone would let number 7 commit, and be read, before number 6).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { recordQaChange } from "@/lib/domains/qa/record-change";
import { votePost } from "@/lib/domains/qa/vote-post";
import { currentQaSeq } from "@/lib/domains/qa/read-threads";
import { insertActivity } from "@/lib/domains/activity/insert-activity";
import { latestActivityId } from "@/lib/domains/activity/read-activity";
import { catchUpActivity, catchUpQa } from "@/components/live/connection/catch-up";
import { createProduct } from "../factories/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import {
  connected,
  openClient,
  requestOk,
  startHarness,
  type ClientOptions,
  type Harness,
  type TestClient,
} from "../support/realtime-harness";

let t: TestDatabase;
let h: Harness;
let productId: string;
const open: TestClient[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  h = await startHarness(t);
  productId = (await createProduct(t.db)).id;
});
afterAll(async () => {
  for (const c of open) c.disconnect();
  await h.close();
  await t.drop();
});

async function openConnected(harness: Harness, options: ClientOptions, track: TestClient[]): Promise<TestClient> {
  const client = openClient(harness, options);
  track.push(client);
  await connected(client);
  return client;
}

/** Resolves once `work` has settled or is waiting on a lock in Postgres, whichever comes first. */
async function settledOrWaiting(work: { settled: boolean }): Promise<void> {
  for (;;) {
    if (work.settled) return;
    const { rows } = await pgQuery<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
    );
    if (rows[0]!.waiting > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function pgQuery<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    return await client.query<T>(sql, values);
  } finally {
    await client.end();
  }
}

function track<T>(promise: Promise<T>): { promise: Promise<T>; settled: boolean } {
  const tracked = { promise, settled: false };
  void promise.finally(() => (tracked.settled = true)).catch(() => undefined);
  return tracked;
}

async function ask(client: TestClient, body: string): Promise<TQaThread> {
  const posted = await requestOk<{ thread: TQaThread }>(client, "qa:ask", { productId, body, idempotencyKey: randomUUID() });
  return posted.thread;
}

describe("Q&A changes in commit order", () => {
  it("a client at the cursor read while an earlier change was still open receives that change", async () => {
    const asker = await openConnected(h, { shopperId: randomUUID() }, open);
    const slow = await ask(asker, "Does the slow transaction's change arrive?");
    const fast = await ask(asker, "Does the quick vote get ahead of it?");

    // The first change: an edit whose transaction stays open (as a slow handler's would).
    let commitFirst!: () => void;
    const gate = new Promise<void>((resolve) => (commitFirst = resolve));
    let firstSeq = "";
    const first = track(
      t.db.$transaction(
        async (tx) => {
          await tx.question.update({ where: { id: slow.id }, data: { body: "Edited in the slow transaction" } });
          firstSeq = await recordQaChange(tx, { productId, questionId: slow.id, kind: "edited" });
          await gate;
        },
        { timeout: 30_000 },
      ),
    );
    while (firstSeq === "") await new Promise((r) => setTimeout(r, 10));

    // A later change, through the operation the socket handler calls: it may not become visible first.
    const second = track(votePost(t.db, randomUUID(), { post: { kind: "question", id: fast.id }, on: true }));
    await settledOrWaiting(second);
    expect(second.settled).toBe(false);
    const cursor = await currentQaSeq(t.db, productId);

    commitFirst();
    await first.promise;
    const voted = await second.promise;
    expect(BigInt(voted.seq)).toBeGreaterThan(BigInt(firstSeq));

    const reader = await openConnected(h, { shopperId: randomUUID() }, open);
    const seen = new Map<string, TQaThread>();
    const result = await catchUpQa(reader, productId, cursor, (threads) => {
      for (const thread of threads) seen.set(thread.id, thread);
    });
    expect(result).toEqual({ ok: true, data: { cursor: voted.seq } });
    expect(seen.get(slow.id)?.body).toBe("Edited in the slow transaction");
    expect(seen.get(fast.id)?.meTooCount).toBe(1);
  });
});

describe("activity events in commit order", () => {
  it("a client at the cursor read while an earlier event was still open receives that event", async () => {
    const held = new pg.Client({ connectionString: t.url });
    await held.connect();
    try {
      await held.query("BEGIN");
      const { rows } = await held.query<{ id: string }>(
        `INSERT INTO "ActivityEvent" (kind, "productId") VALUES ('purchase', $1) RETURNING id::text`,
        [productId],
      );
      const firstId = rows[0]!.id;

      // The activity writer's own statement, for a later event.
      const second = track(insertActivity(t.db, [{ kind: "question_asked", productId }]));
      await settledOrWaiting(second);
      expect(second.settled).toBe(false);
      const cursor = await latestActivityId(t.db);

      await held.query("COMMIT");
      const [stored] = await second.promise;
      expect(BigInt(stored!.id)).toBeGreaterThan(BigInt(firstId));

      const reader = await openConnected(h, { shopperId: randomUUID() }, open);
      const received: TActivityEvent[] = [];
      const result = await catchUpActivity(reader, cursor, (events) => received.push(...events));
      expect(result.ok).toBe(true);
      expect(received.map((e) => e.id)).toEqual([firstId, stored!.id]);
    } finally {
      await held.end();
    }
  });
});
