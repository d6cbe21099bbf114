import { describe, expect, it } from "vitest";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { describeChange, mergeThreads, sortThreads, truncateText } from "@/components/qa/qa-thread-merge";
import { holdVote, withHeldVotes, withVote, type HeldVotes } from "@/components/qa/qa-vote-merge";

const P = "11111111-1111-4111-8111-111111111111";

function thread(overrides: Partial<TQaThread> = {}): TQaThread {
  return {
    id: "q1",
    product: { id: P, slug: "beans", title: "Beans" },
    body: "Is it good for espresso?",
    author: { kind: "shopper", name: "Blue Heron", avatarUrl: null, verifiedBuyer: false, regular: false },
    hidden: false,
    pinned: false,
    meTooCount: 0,
    seenBy: null,
    firstHostAnswerAt: null,
    createdAt: "2026-11-23T10:00:00.000Z",
    editedAt: null,
    replies: [],
    ...overrides,
  };
}

describe("mergeThreads", () => {
  it("replaces a thread by id and adds new ones, pinned first then newest", () => {
    const a = thread({ id: "a", createdAt: "2026-11-23T10:00:00.000Z" });
    const b = thread({ id: "b", createdAt: "2026-11-23T11:00:00.000Z" });
    const pinned = thread({ id: "c", createdAt: "2026-11-20T11:00:00.000Z", pinned: true });
    const merged = mergeThreads([a, b], [{ ...a, meTooCount: 3 }, pinned], P);
    expect(merged.map((t) => t.id)).toEqual(["c", "b", "a"]);
    expect(merged.find((t) => t.id === "a")?.meTooCount).toBe(3);
  });

  it("ignores other products' threads and returns the same array when nothing applies", () => {
    const current = [thread()];
    const other = thread({ id: "x", product: { id: "other", slug: "o", title: "O" } });
    expect(mergeThreads(current, [other], P)).toBe(current);
  });

  it("sortThreads does not mutate its input", () => {
    const list = [thread({ id: "a" }), thread({ id: "b", pinned: true })];
    sortThreads(list);
    expect(list.map((t) => t.id)).toEqual(["a", "b"]);
  });
});

describe("describeChange", () => {
  it("announces new questions and new answers, naming hosts", () => {
    const before = thread();
    expect(describeChange(undefined, before)).toBe("A new question was asked.");
    const reply = {
      id: "r1",
      questionId: "q1",
      body: "Yes",
      author: { kind: "host" as const, name: "Ana", avatarUrl: null, verifiedBuyer: false, regular: false },
      hidden: false,
      accepted: false,
      helpfulCount: 0,
      createdAt: "2026-11-23T10:05:00.000Z",
      editedAt: null,
    };
    expect(describeChange(before, { ...before, replies: [reply] })).toBe("Ana from the shop answered a question.");
    expect(
      describeChange(before, { ...before, replies: [{ ...reply, author: { ...reply.author, kind: "shopper" } }] }),
    ).toBe("A new answer was posted.");
    expect(describeChange(before, { ...before, meTooCount: 2 })).toBeNull();
  });
});

describe("truncateText", () => {
  it("keeps short text and cuts long text at a word", () => {
    expect(truncateText("  short\n text ", 20)).toBe("short text");
    const cut = truncateText("word ".repeat(40), 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith("word…")).toBe(true);
  });
});

describe("vote changes", () => {
  const reply = {
    id: "r1",
    questionId: "q1",
    body: "Yes",
    author: { kind: "host" as const, name: "Maya", avatarUrl: null, verifiedBuyer: false, regular: false },
    hidden: false,
    accepted: false,
    helpfulCount: 0,
    createdAt: "2026-11-23T10:05:00.000Z",
    editedAt: null,
  };
  const voted = (seq: string, kind: "question" | "reply", count: number) => ({
    seq,
    productId: P,
    questionId: "q1",
    post: { kind, id: kind === "question" ? "q1" : "r1" },
    count,
  });

  it("changes one post's count and nothing else", () => {
    const t = thread({ replies: [reply] });
    expect(withVote(t, voted("5", "question", 4)).meTooCount).toBe(4);
    const helpful = withVote(t, voted("5", "reply", 2));
    expect(helpful.replies[0]?.helpfulCount).toBe(2);
    expect(helpful.meTooCount).toBe(0);
    expect(withVote(thread({ id: "other" }), voted("5", "question", 4)).meTooCount).toBe(0);
  });

  it("keeps only the newest vote per post, and none older than the thread held", () => {
    const held: HeldVotes = new Map();
    expect(holdVote(held, voted("10", "question", 3), "7")).toBe(true);
    expect(holdVote(held, voted("9", "question", 2), "7")).toBe(false);
    expect(holdVote(held, voted("6", "reply", 1), "7")).toBe(false);
    expect(holdVote(held, voted("11", "reply", 1), undefined)).toBe(true);
    expect([...held.values()].map((v) => v.count)).toEqual([3, 1]);
  });

  it("lays newer votes over an older copy of the thread, and forgets votes the thread already includes", () => {
    const held: HeldVotes = new Map();
    holdVote(held, voted("10", "question", 3), "7");
    const older = withHeldVotes(thread({ meTooCount: 1 }), "8", held);
    expect(older.meTooCount).toBe(3);
    const newer = withHeldVotes(thread({ meTooCount: 5 }), "12", held);
    expect(newer.meTooCount).toBe(5);
    expect(held.size).toBe(0);
  });
});
