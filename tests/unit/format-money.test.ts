import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/platform/money/format-money";

describe("formatMoney", () => {
  it("formats minor units in the store currency", () => {
    expect(formatMoney(1250, "EUR")).toBe("€12.50");
    expect(formatMoney(99, "GBP")).toBe("£0.99");
    expect(formatMoney(1250, "EUR", "de-DE")).toBe("12,50\u00a0€");
  });
});
