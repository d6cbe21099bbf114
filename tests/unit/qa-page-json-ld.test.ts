import { describe, expect, it } from "vitest";
import type { TQaReplyDto, TQaThread } from "@/lib/platform/contracts/qa";
import { jsonForScript, qaPageJsonLd } from "@/components/qa/qa-page-json-ld-data";

const URL_ = "https://shop.test/products/beans/questions/q1";

function reply(overrides: Partial<TQaReplyDto> = {}): TQaReplyDto {
  return {
    id: "r1",
    questionId: "q1",
    body: "Yes, it is.",
    author: { kind: "host", name: "Ana", avatarUrl: null, verifiedBuyer: false, regular: false },
    hidden: false,
    accepted: false,
    helpfulCount: 2,
    createdAt: "2026-11-23T10:05:00.000Z",
    editedAt: null,
    ...overrides,
  };
}

function thread(overrides: Partial<TQaThread> = {}): TQaThread {
  return {
    id: "q1",
    product: { id: "p", slug: "beans", title: "Beans" },
    body: "Is it good for espresso?",
    author: { kind: "shopper", name: "Blue Heron", avatarUrl: null, verifiedBuyer: true, regular: false },
    hidden: false,
    pinned: false,
    meTooCount: 4,
    seenBy: null,
    firstHostAnswerAt: null,
    createdAt: "2026-11-23T10:00:00.000Z",
    editedAt: null,
    replies: [],
    ...overrides,
  };
}

describe("qaPageJsonLd", () => {
  it("is absent until there is a visible answer", () => {
    expect(qaPageJsonLd(thread(), URL_)).toBeNull();
    expect(qaPageJsonLd(thread({ replies: [reply({ hidden: true, body: null })] }), URL_)).toBeNull();
  });

  it("is absent for a hidden question", () => {
    expect(qaPageJsonLd(thread({ hidden: true, body: null, replies: [reply()] }), URL_)).toBeNull();
  });

  it("describes the question with the accepted and suggested answers, skipping hidden ones", () => {
    const data = qaPageJsonLd(
      thread({
        replies: [reply({ id: "a", accepted: true }), reply({ id: "b" }), reply({ id: "h", hidden: true, body: null })],
      }),
      URL_,
    ) as { "@type": string; mainEntity: Record<string, unknown> };
    expect(data["@type"]).toBe("QAPage");
    const q = data.mainEntity;
    expect(q).toMatchObject({
      "@type": "Question",
      text: "Is it good for espresso?",
      answerCount: 2,
      author: { name: "Blue Heron" },
    });
    expect(q.acceptedAnswer).toMatchObject({ "@type": "Answer", url: `${URL_}#reply-a`, upvoteCount: 2 });
    expect((q.suggestedAnswer as { url: string }[]).map((a) => a.url)).toEqual([`${URL_}#reply-b`]);
  });

  it("has no acceptedAnswer when none is accepted", () => {
    const q = (qaPageJsonLd(thread({ replies: [reply()] }), URL_) as { mainEntity: Record<string, unknown> })
      .mainEntity;
    expect(q.acceptedAnswer).toBeUndefined();
    expect(q.suggestedAnswer).toHaveLength(1);
  });
});

describe("jsonForScript", () => {
  it("escapes < so posted text cannot close the script element", () => {
    const json = jsonForScript({ text: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ text: "</script><script>alert(1)</script>" });
  });
});
