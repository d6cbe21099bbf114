import { describe, expect, it } from "vitest";
import { formatDuration, responseTimeSentence } from "@/components/qa/response-time-text";
import { initials } from "@/components/qa/host-avatar";

describe("responseTimeSentence", () => {
  it("says so plainly when there is no median", () => {
    expect(responseTimeSentence(null, 3, 7)).toBe(
      "Not enough answered questions in the last 7 days to say how fast we answer.",
    );
  });

  it("states the median with its window and sample size", () => {
    expect(responseTimeSentence(250, 12, 7)).toBe(
      "Hosts usually answer within 5 min (median over the last 7 days, 12 answers).",
    );
  });
});

describe("formatDuration", () => {
  it("rounds up, never promising faster than the record", () => {
    expect(formatDuration(1)).toBe("1 min");
    expect(formatDuration(61)).toBe("2 min");
    expect(formatDuration(119 * 60)).toBe("119 min");
    expect(formatDuration(121 * 60)).toBe("3 h");
    expect(formatDuration(50 * 3600)).toBe("3 days");
  });
});

describe("initials", () => {
  it("takes first and last name initials", () => {
    expect(initials("Ana María Costa")).toBe("AC");
    expect(initials("ana")).toBe("A");
    expect(initials("  ")).toBe("?");
  });
});
