import { describe, expect, it } from "vitest";
import { WindowCounter } from "@/lib/runtime/realtime/window-counter";

describe("WindowCounter", () => {
  it("allows the window's points, refuses the next, and starts afresh when the window ends", () => {
    let now = 1_000;
    const counter = new WindowCounter({ points: 2, duration: 10 }, () => now);
    expect([counter.consume("a"), counter.consume("a"), counter.consume("a")]).toEqual([true, true, false]);
    expect(counter.exhausted("a")).toBe(true);
    expect(counter.consume("b")).toBe(true); // each key has its own window
    now += 9_999;
    expect(counter.consume("a")).toBe(false);
    now += 1;
    expect(counter.exhausted("a")).toBe(false);
    expect(counter.consume("a")).toBe(true);
  });

  it("forgets expired keys without a timer per key", () => {
    let now = 0;
    const counter = new WindowCounter({ points: 1, duration: 1 }, () => now);
    for (let i = 0; i < 100; i++) counter.consume(`key-${i}`);
    expect(counter.size).toBe(100);
    now = 5_000;
    counter.consume("late");
    expect(counter.size).toBe(1);
  });
});
