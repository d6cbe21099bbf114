// Every Q&A change publishes from its domain operation (not from the socket handler), so any caller (a
// socket event, a server action, a job) tells the audience just by calling it. Votes publish the change
// (one post's count), and concurrent votes on one post each carry a count that includes the earlier ones.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observePublications, type Publication } from "@/lib/platform/publish/publish";
import { roomOf } from "@/lib/platform/publish/audience";
import { personRoom, shopperPerson } from "@/lib/platform/contracts/rooms";
import { askQuestion } from "@/lib/domains/qa/ask-question";
import { editPost } from "@/lib/domains/qa/edit-post";
import { markSeen, moderatePost } from "@/lib/domains/qa/moderate-post";
import { replyToQuestion } from "@/lib/domains/qa/reply-to-question";
import { votePost } from "@/lib/domains/qa/vote-post";
import type { TQaVoted } from "@/lib/platform/contracts/qa";
import { createProduct } from "../factories/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { signedInStaff } from "../support/staff-session";

let t: TestDatabase;
let productId: string;
const rules = { blockedWords: [], blockLinks: false };
const seen: Publication[] = [];
let stop: () => void = () => {};

beforeAll(async () => {
  t = await createTestDatabase(12);
  productId = (await createProduct(t.db)).id;
  stop = observePublications((p) => seen.push(p));
});
afterAll(async () => {
  stop();
  await t.drop();
});

/** The events published while `work` ran, with the rooms they went to. */
async function published(work: () => Promise<unknown>) {
  const from = seen.length;
  await work();
  return seen.slice(from).map((p) => ({ event: p.event, to: p.to.map(roomOf).sort(), payload: p.payload }));
}

const asker = randomUUID();
const ask = () =>
  askQuestion(
    t.db,
    asker,
    { productId, body: "Does it suit a moka pot?", displayName: "", idempotencyKey: randomUUID() },
    rules,
  );

describe("Q&A operations publish their own changes", () => {
  it("a reply, an edit, moderation and a host opening a question each tell the thread's audience", async () => {
    const question = await ask();
    const answerer = randomUUID();
    const staff = await signedInStaff(t, "host", "http://localhost", "x".repeat(32));
    const host = { id: staff.id, name: staff.name, email: staff.email, role: "host" as const, image: null };
    const reply = () =>
      replyToQuestion(
        t.db,
        { kind: "shopper", shopperId: answerer },
        {
          questionId: question.full.id,
          body: "Yes, ground medium-fine.",
          displayName: "",
          idempotencyKey: randomUUID(),
        },
        rules,
      );
    const operations = {
      reply,
      edit: () =>
        editPost(
          t.db,
          { kind: "shopper", shopperId: asker },
          { post: { kind: "question", id: question.full.id }, body: "Does it suit a moka pot at home?" },
          rules,
        ),
      moderate: () => moderatePost(t.db, host, { action: "pin", post: { kind: "question", id: question.full.id } }),
      open: () => markSeen(t.db, host, question.full.id),
    };
    for (const [name, operation] of Object.entries(operations)) {
      const events = await published(operation);
      expect(events.filter((e) => e.event === "qa:changed").length, name).toBe(2);
    }
    // A host's first answer reaches the asker wherever they are.
    const hostAnswer = await published(() =>
      replyToQuestion(
        t.db,
        { kind: "staff", staff: host },
        { questionId: question.full.id, body: "It does.", idempotencyKey: randomUUID() },
        rules,
      ),
    );
    expect(hostAnswer.filter((e) => e.event === "qa:answered").map((e) => e.to)).toEqual([
      [personRoom(shopperPerson(asker))],
    ]);
  });

  it("a vote publishes one post's count, and concurrent votes count every earlier one", async () => {
    const question = await ask();
    const post = { kind: "question" as const, id: question.full.id };
    const events = await published(() =>
      Promise.all(Array.from({ length: 8 }, () => votePost(t.db, randomUUID(), { post, on: true }))),
    );
    expect(events.filter((e) => e.event === "qa:changed")).toEqual([]);
    const changes = events.filter((e) => e.event === "qa:voted").map((e) => e.payload as TQaVoted);
    expect(changes).toHaveLength(8);
    // Ordered by change number, the counts go 1, 2, … 8: no vote's count missed one stored before it.
    const ordered = [...changes].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
    expect(ordered.map((c) => c.count)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ordered[0]).toMatchObject({ productId, questionId: question.full.id, post });
  });
});
