import { describe, expect, it } from "vitest";
import type { TQaThread } from "@/lib/platform/contracts/qa";
import {
  applyThreads,
  isOpen,
  moveSelection,
  orderQueue,
  queuePriority,
  waitingSeconds,
} from "@/components/host/queue-order";

const NOW = Date.parse("2026-11-23T12:00:00.000Z");

function thread(id: string, secondsAgo: number, overrides: Partial<TQaThread> = {}): TQaThread {
  return {
    id,
    product: { id: "p", slug: "p", title: "P" },
    body: "Is it good?",
    author: { kind: "shopper", name: "Quiet Otter", avatarUrl: null, verifiedBuyer: false, regular: false },
    hidden: false,
    pinned: false,
    meTooCount: 0,
    seenBy: null,
    firstHostAnswerAt: null,
    createdAt: new Date(NOW - secondsAgo * 1000).toISOString(),
    editedAt: null,
    replies: [],
    ...overrides,
  };
}

describe("queue order", () => {
  it("computes waiting time from createdAt and never goes negative", () => {
    expect(waitingSeconds(thread("a", 90), NOW)).toBe(90);
    expect(waitingSeconds(thread("a", -5), NOW)).toBe(0);
  });

  it("weights each me-too as half the waiting time", () => {
    expect(queuePriority(thread("a", 100), NOW)).toBe(100);
    expect(queuePriority(thread("a", 100, { meTooCount: 2 }), NOW)).toBe(200);
  });

  it("puts the oldest first and lets me-too votes raise a newer question", () => {
    const old = thread("old", 300);
    const newer = thread("newer", 200);
    expect(orderQueue([newer, old], NOW).map((t) => t.id)).toEqual(["old", "newer"]);
    const shared = thread("newer", 200, { meTooCount: 2 }); // 200 × 2 = 400 > 300
    expect(orderQueue([old, shared], NOW).map((t) => t.id)).toEqual(["newer", "old"]);
  });

  it("breaks ties by age, then id", () => {
    const a = thread("a", 0);
    const b = thread("b", 0);
    expect(orderQueue([b, a], NOW).map((t) => t.id)).toEqual(["a", "b"]);
  });

  it("leaves out answered and hidden questions", () => {
    const answered = thread("answered", 50, { firstHostAnswerAt: new Date(NOW).toISOString() });
    const hidden = thread("hidden", 60, { hidden: true });
    expect(isOpen(answered)).toBe(false);
    expect(orderQueue([answered, hidden, thread("open", 10)], NOW).map((t) => t.id)).toEqual(["open"]);
  });
});

describe("applyThreads", () => {
  it("never lets an older change overwrite a newer one", () => {
    const first = applyThreads({ threads: {}, seqs: {} }, [thread("a", 10, { meTooCount: 3 })], "12");
    const stale = applyThreads(first, [thread("a", 10, { meTooCount: 1 })], "11");
    expect(stale).toBe(first);
    const fresh = applyThreads(first, [thread("a", 10, { meTooCount: 4 })], "13");
    expect(fresh.threads.a!.meTooCount).toBe(4);
    expect(fresh.seqs.a).toBe("13");
  });

  it("compares sequence numbers beyond 2^53", () => {
    const a = applyThreads({ threads: {}, seqs: {} }, [thread("a", 1)], "9007199254740993");
    expect(applyThreads(a, [thread("a", 1, { pinned: true })], "9007199254740992")).toBe(a);
  });
});

describe("moveSelection", () => {
  it("starts at the first item and stops at the ends", () => {
    const ids = ["a", "b", "c"];
    expect(moveSelection(ids, null, 1)).toBe("a");
    expect(moveSelection(ids, "a", 1)).toBe("b");
    expect(moveSelection(ids, "c", 1)).toBe("c");
    expect(moveSelection(ids, "a", -1)).toBe("a");
    expect(moveSelection(ids, "gone", -1)).toBe("a");
    expect(moveSelection([], "a", 1)).toBeNull();
  });
});
