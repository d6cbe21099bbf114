import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/domains/qa/content-filter";
import { QaError } from "@/lib/domains/qa/qa-error";

describe("Q&A content filter", () => {
  const rules = { blockedWords: ["scam", "dumb"], blockLinks: true };

  it("lets ordinary questions through", () => {
    expect(() => checkContent("Is the Ethiopia a good fit for a V60? 1.5 mm grind?", rules)).not.toThrow();
    expect(() => checkContent("Is this scampi-flavoured?", rules)).not.toThrow();
  });

  it("refuses blocked words whole, in any case", () => {
    expect(() => checkContent("This is a SCAM!", rules)).toThrow(QaError);
    expect(() => checkContent("dumb question", rules)).toThrow(/word this shop does not allow/);
  });

  it("refuses links only when the merchant says so", () => {
    expect(() => checkContent("see https://example.com/x", rules)).toThrow(/Links are not allowed/);
    expect(() => checkContent("see www.example.org", rules)).toThrow(QaError);
    expect(() => checkContent("see https://example.com/x", { blockedWords: [], blockLinks: false })).not.toThrow();
  });
});
