import { describe, expect, it } from "vitest";
import { backoffDelay } from "@/lib/platform/backoff";

describe("backoffDelay", () => {
  const base = { baseMs: 100, maxMs: 1_000 };

  it("doubles from the base for each retry and stops at the cap", () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, base))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect(backoffDelay(-3, base)).toBe(100);
    expect(backoffDelay(10_000, base)).toBe(1_000);
  });

  it("full jitter draws from nothing to the delay; upper-half from half of it", () => {
    expect(backoffDelay(2, { ...base, jitter: "full" }, () => 0)).toBe(0);
    expect(backoffDelay(2, { ...base, jitter: "full" }, () => 0.5)).toBe(200);
    expect(backoffDelay(2, { ...base, jitter: "upper-half" }, () => 0)).toBe(200);
    expect(backoffDelay(2, { ...base, jitter: "upper-half" }, () => 1)).toBe(400);
  });
});
