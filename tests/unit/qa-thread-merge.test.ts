import { describe, expect, it } from "vitest";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import { describeChange, mergeThreads, sortThreads, truncateText } from "@/components/qa/qa-thread-merge";

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
