import { describe, expect, it } from "vitest";
import { responseTimeSentence } from "@/components/qa/response-time-text";
import { formatDuration } from "@/lib/platform/time/format-duration";
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
  it("rounds up when asked, never promising faster than the record", () => {
    const up = { round: "up" } as const;
    expect(formatDuration(0.2, up)).toBe("1 s");
    expect(formatDuration(61, up)).toBe("2 min");
    expect(formatDuration(119 * 60 + 1, up)).toBe("2 h");
    expect(formatDuration(121 * 60, up)).toBe("2 h 1 min");
    expect(formatDuration(50 * 3600, up)).toBe("3 days");
    expect(formatDuration(89, up)).toBe("2 min");
    expect(formatDuration(89)).toBe("1 min");
  });
});

describe("initials", () => {
  it("takes first and last name initials", () => {
    expect(initials("Ana María Costa")).toBe("AC");
    expect(initials("ana")).toBe("A");
    expect(initials("  ")).toBe("?");
  });
});
