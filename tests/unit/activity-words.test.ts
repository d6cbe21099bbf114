import { describe, expect, it } from "vitest";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { activityText } from "@/components/live/activity-words";

function event(overrides: Partial<TActivityEvent>): TActivityEvent {
  return {
    id: "1",
    kind: "cart_add",
    product: { id: "p1", slug: "kenya-nyeri-aa", title: "Kenya Nyeri AA" },
    alias: null,
    regular: false,
    count: 1,
    at: "2026-12-07T10:00:00.000Z",
    mark: null,
    ...overrides,
  };
}

describe("activityText", () => {
  it("reads as a sentence on the product's own page, with 'this' where the product goes", () => {
    expect(activityText(event({ kind: "cart_add" }), true)).toBe("A shopper added this to their cart");
    expect(activityText(event({ kind: "purchase" }), true)).toBe("A shopper bought this");
    expect(activityText(event({ kind: "view", count: 3 }), true)).toBe("3 shoppers looked at this");
    expect(activityText(event({ kind: "view", count: 1 }), true)).toBe("1 shopper looked at this");
    expect(activityText(event({ kind: "question_asked" }), true)).toBe("A shopper asked a question about this");
    expect(activityText(event({ kind: "question_answered" }), true)).toBe("A question about this was answered");
  });

  it("names the product in the shop's feed, and the shopper when they chose to show their alias", () => {
    expect(activityText(event({ kind: "cart_add", alias: "Quiet Otter", regular: true }), false)).toBe(
      "Quiet Otter (a regular) added Kenya Nyeri AA to their cart",
    );
    expect(activityText(event({ kind: "question_answered" }), false)).toBe(
      "A question about Kenya Nyeri AA was answered",
    );
  });

  it("says 'a product' once the product is gone, and names none for a host coming on duty", () => {
    expect(activityText(event({ kind: "cart_add", product: null }), false)).toBe(
      "A shopper added a product to their cart",
    );
    expect(activityText(event({ kind: "host_on_duty", product: null }), false)).toBe("A host came on duty");
  });
});
