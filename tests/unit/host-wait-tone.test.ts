import { describe, expect, it } from "vitest";
import { formatWait, waitTone, waitToneLabel } from "@/components/host/wait-tone";
import { formatDuration } from "@/lib/platform/time/format-duration";

describe("waitTone", () => {
  it("is green under half the promise, amber until it, red beyond", () => {
    expect(waitTone(0, 10)).toBe("good");
    expect(waitTone(299, 10)).toBe("good");
    expect(waitTone(300, 10)).toBe("warn");
    expect(waitTone(599, 10)).toBe("warn");
    expect(waitTone(600, 10)).toBe("late");
  });

  it("says the state in words too", () => {
    expect(waitToneLabel(60, 15)).toBe("within the 15 min promise");
    expect(waitToneLabel(600, 15)).toBe("nearing the 15 min promise");
    expect(waitToneLabel(20 * 60, 15)).toBe("over the 15 min promise by 5 min");
  });
});

describe("formatting", () => {
  it("reads like a stopwatch", () => {
    expect(formatWait(5)).toBe("0:05");
    expect(formatWait(725)).toBe("12:05");
    expect(formatWait(3729)).toBe("1:02:09");
  });

  it("reads like a duration", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(180)).toBe("3 min");
    expect(formatDuration(7500)).toBe("2 h 5 min");
    expect(formatDuration(7200)).toBe("2 h");
  });
});
