import { describe, expect, it } from "vitest";
import type { TQaReplyDto, TQaThread } from "@/lib/platform/contracts/qa";
import { newReplyId } from "@/components/qa/my-posts";

function reply(id: string, body: string | null): TQaReplyDto {
  return {
    id,
    questionId: "q1",
    body,
    author: { kind: "shopper", name: "Blue Heron", avatarUrl: null, verifiedBuyer: false, regular: false },
    hidden: false,
    accepted: false,
    helpfulCount: 0,
    createdAt: "2026-11-23T10:00:00.000Z",
    editedAt: null,
  };
}

function thread(replies: TQaReplyDto[]): TQaThread {
  return {
    id: "q1",
    product: { id: "p1", slug: "beans", title: "Beans" },
    body: "Is it good for espresso?",
    author: { kind: "shopper", name: "Blue Heron", avatarUrl: null, verifiedBuyer: false, regular: false },
    hidden: false,
    pinned: false,
    meTooCount: 0,
    seenBy: null,
    firstHostAnswerAt: null,
    createdAt: "2026-11-23T10:00:00.000Z",
    editedAt: null,
    replies,
  };
}

describe("newReplyId", () => {
  it("picks the reply with the sent text that was not there before, compared as the server trims it", () => {
    const t = thread([reply("r1", "Yes, it is."), reply("r2", "Great at 18 g."), reply("r3", "Yes, it is.")]);
    expect(newReplyId(t, "  Yes, it is.\n", new Set(["r1", "r2"]))).toBe("r3");
  });

  it("takes the newest when the same text arrived twice since sending", () => {
    const t = thread([reply("r1", "Same words"), reply("r2", "Same words")]);
    expect(newReplyId(t, "Same words", new Set())).toBe("r2");
  });

  it("finds nothing when no new reply carries the text (say, the ack's copy hides it)", () => {
    const t = thread([reply("r1", "Yes"), reply("r2", null)]);
    expect(newReplyId(t, "Yes", new Set(["r1"]))).toBeNull();
  });
});
