import { describe, expect, it } from "vitest";
import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import { LocalPresenceTracker } from "@/lib/domains/presence/presence-tracker";
import { PresenceCoalescer } from "@/lib/domains/presence/presence-coalescer";

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
  it("counts a person once across connections and forgets them when the last one leaves", async () => {
    const { tracker } = setup();
    await tracker.enter("tab-1", "ada", "room", true);
    await tracker.enter("tab-2", "ada", "room", true);
    await tracker.enter("tab-3", "bob", "room", true);
    expect(await tracker.count("room")).toBe(2);
    await tracker.disconnect("tab-1");
    expect(await tracker.count("room")).toBe(2);
    await tracker.disconnect("tab-2");
    expect(await tracker.count("room")).toBe(1);
  });

  it("does not count people marked as not counted, and follows a change of mind", async () => {
    const { tracker } = setup();
    await tracker.enter("c1", "staff", "room", false);
    await tracker.enter("c2", "ada", "room", true);
    expect(await tracker.count("room")).toBe(1);
    await tracker.setCounted("ada", false);
    expect(await tracker.count("room")).toBe(0);
    await tracker.setCounted("ada", true);
    expect(await tracker.count("room")).toBe(1);
  });
});

describe("presence coalescer", () => {
  it("pushes one change per interval, only when what is shown changed", async () => {
    const { tracker, coalescer, pushes } = setup();
    for (let i = 0; i < 40; i++) await tracker.enter(`c${i}`, `p${i}`, "room", true);
    for (let i = 0; i < 10; i++) await tracker.disconnect(`c${i}`);
    await coalescer.tick();
    expect(pushes).toEqual([[{ room: "room", count: 30 }]]);
    await coalescer.tick();
    expect(pushes).toHaveLength(1);
    await tracker.enter("x", "p1", "room", true);
    await tracker.disconnect("x");
    await coalescer.tick();
    expect(pushes).toHaveLength(1);
  });

  it("sends null, never a small number, below the threshold", async () => {
    const { tracker, coalescer, pushes } = setup(3);
    await tracker.enter("a", "ada", "room", true);
    await tracker.enter("b", "bob", "room", true);
    await coalescer.tick();
    expect(pushes).toEqual([]);
    await tracker.enter("c", "cy", "room", true);
    await coalescer.tick();
    await tracker.disconnect("c");
    await coalescer.tick();
    expect(pushes).toEqual([[{ room: "room", count: 3 }], [{ room: "room", count: null }]]);
  });

  it("pushes a room again when a joiner was told a count that then moved back", async () => {
    const { tracker, coalescer, pushes } = setup(2);
    await tracker.enter("a", "ada", "room", true);
    await coalescer.tick();
    await tracker.enter("b", "bob", "room", true);
    coalescer.noteTold("room", (await coalescer.visibleCounts(["room"]))[0]!.count); // b's ack said 2
    await tracker.disconnect("b"); // back to 1 (hidden) before the next push
    await coalescer.tick();
    expect(pushes).toEqual([[{ room: "room", count: null }]]);
  });

  it("re-sends shown counts periodically so a dropped volatile push heals", async () => {
    const { tracker, coalescer, pushes } = setup(1, 3);
    await tracker.enter("a", "ada", "room", true);
    await coalescer.tick();
    await coalescer.tick();
    await coalescer.tick();
    expect(pushes).toEqual([[{ room: "room", count: 1 }], [{ room: "room", count: 1 }]]);
  });
});
