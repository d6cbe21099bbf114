import { describe, expect, it } from "vitest";
import type { TPresenceCount } from "@/lib/contracts/presence";
import { LocalPresenceTracker } from "@/lib/presence/presence-tracker";
import { PresenceCoalescer } from "@/lib/presence/presence-coalescer";

function setup(threshold = 1, resendEvery = 1000) {
  const tracker = new LocalPresenceTracker();
  const pushes: TPresenceCount[][] = [];
  const coalescer = new PresenceCoalescer({
    tracker,
    threshold: () => threshold,
    push: (c) => pushes.push(c),
    resendEvery,
  });
  return { tracker, coalescer, pushes };
}

describe("presence tracker", () => {
  it("counts a person once across connections and forgets them when the last one leaves", () => {
    const { tracker } = setup();
    tracker.enter("tab-1", "ada", "room", true);
    tracker.enter("tab-2", "ada", "room", true);
    tracker.enter("tab-3", "bob", "room", true);
    expect(tracker.count("room")).toBe(2);
    tracker.disconnect("tab-1");
    expect(tracker.count("room")).toBe(2);
    tracker.disconnect("tab-2");
    expect(tracker.count("room")).toBe(1);
  });

  it("does not count people marked as not counted, and follows a change of mind", () => {
    const { tracker } = setup();
    tracker.enter("c1", "staff", "room", false);
    tracker.enter("c2", "ada", "room", true);
    expect(tracker.count("room")).toBe(1);
    tracker.setCounted("ada", false);
    expect(tracker.count("room")).toBe(0);
  });
});

describe("presence coalescer", () => {
  it("pushes one change per interval, only when what is shown changed", () => {
    const { tracker, coalescer, pushes } = setup();
    for (let i = 0; i < 40; i++) tracker.enter(`c${i}`, `p${i}`, "room", true);
    for (let i = 0; i < 10; i++) tracker.disconnect(`c${i}`);
    coalescer.tick();
    expect(pushes).toEqual([[{ room: "room", count: 30 }]]);
    coalescer.tick();
    expect(pushes).toHaveLength(1);
    tracker.enter("x", "p1", "room", true);
    tracker.disconnect("x");
    coalescer.tick();
    expect(pushes).toHaveLength(1);
  });

  it("sends null, never a small number, below the threshold", () => {
    const { tracker, coalescer, pushes } = setup(3);
    tracker.enter("a", "ada", "room", true);
    tracker.enter("b", "bob", "room", true);
    coalescer.tick();
    expect(pushes).toEqual([]);
    tracker.enter("c", "cy", "room", true);
    coalescer.tick();
    tracker.disconnect("c");
    coalescer.tick();
    expect(pushes).toEqual([[{ room: "room", count: 3 }], [{ room: "room", count: null }]]);
  });

  it("pushes a room again when a joiner was told a count that then moved back", () => {
    const { tracker, coalescer, pushes } = setup(2);
    tracker.enter("a", "ada", "room", true);
    coalescer.tick();
    tracker.enter("b", "bob", "room", true);
    coalescer.noteTold("room", coalescer.visibleCount("room")); // b's ack said 2
    tracker.disconnect("b"); // back to 1 (hidden) before the next push
    coalescer.tick();
    expect(pushes).toEqual([[{ room: "room", count: null }]]);
  });

  it("re-sends shown counts periodically so a dropped volatile push heals", () => {
    const { tracker, coalescer, pushes } = setup(1, 3);
    tracker.enter("a", "ada", "room", true);
    coalescer.tick();
    coalescer.tick();
    coalescer.tick();
    expect(pushes).toEqual([[{ room: "room", count: 1 }], [{ room: "room", count: 1 }]]);
  });
});
