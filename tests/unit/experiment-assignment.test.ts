import { describe, expect, it } from "vitest";
import { kitchenFor } from "@/lib/domains/experiments/kitchen-for";
import { blockAt, inWashout, kitchenOfBlock } from "@/lib/domains/experiments/switchback-schedule";
import type { ActiveExperiment } from "@/lib/domains/experiments/experiment-dto";
import { formatKitchenCookie, parseKitchenCookie } from "@/lib/platform/contracts/kitchen-cookie";

const base: ActiveExperiment = {
  id: "e1",
  design: "holdout",
  status: "running",
  salt: "salt-1",
  closedShare: 0.2,
  blockMinutes: 120,
  washoutMinutes: 15,
  startedAt: new Date("2026-12-01T00:00:00Z"),
};
const now = new Date("2026-12-02T10:00:00Z");
const ids = Array.from({ length: 20_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);

describe("holdout assignment", () => {
  it("puts the chosen share in the closed kitchen, the same way every time", () => {
    const closed = ids.filter((id) => kitchenFor(base, id, now).kitchen === "closed").length;
    expect(closed / ids.length).toBeGreaterThan(0.19);
    expect(closed / ids.length).toBeLessThan(0.21);
    for (const id of ids.slice(0, 100)) expect(kitchenFor(base, id, now)).toEqual(kitchenFor(base, id, now));
  });

  it("draws groups afresh for another experiment's salt", () => {
    const other = { ...base, salt: "salt-2" };
    const same = ids.filter((id) => kitchenFor(base, id, now).kitchen === kitchenFor(other, id, now).kitchen).length;
    expect(same / ids.length).toBeLessThan(0.75); // independent at 20%: 0.8² + 0.2² = 0.68
  });

  it("gives everyone the open kitchen when paused", () => {
    expect(kitchenFor({ ...base, status: "paused" }, ids[0]!, now)).toEqual({ kitchen: "open", enrolment: null });
  });
});

describe("switchback schedule", () => {
  const plan = { ...base, design: "switchback" as const };

  it("alternates within each pair of blocks, in an order drawn per pair", () => {
    const kitchens = Array.from({ length: 200 }, (_, block) => kitchenOfBlock(plan, block));
    for (let pair = 0; pair < 100; pair++) expect(kitchens[2 * pair]).not.toBe(kitchens[2 * pair + 1]);
    const closedFirst = Array.from({ length: 100 }, (_, pair) => kitchens[2 * pair] === "closed").filter(
      Boolean,
    ).length;
    expect(closedFirst).toBeGreaterThan(30);
    expect(closedFirst).toBeLessThan(70);
  });

  it("knows the block and its washout from the start time", () => {
    expect(blockAt(plan, new Date("2026-12-01T05:59:00Z"))).toBe(2);
    expect(inWashout(plan, new Date("2026-12-01T04:14:00Z"))).toBe(true);
    expect(inWashout(plan, new Date("2026-12-01T04:15:00Z"))).toBe(false);
    const decision = kitchenFor(plan, ids[0]!, new Date("2026-12-01T04:10:00Z"));
    expect(decision.enrolment).toMatchObject({
      block: 2,
      counted: false,
      validUntil: new Date("2026-12-01T06:00:00Z"),
    });
    expect(decision.kitchen).toBe(kitchenOfBlock(plan, 2));
  });
});

describe("kitchen cookie", () => {
  it("round-trips and refuses what is not ours", () => {
    const cookie = { kitchen: "closed" as const, experimentId: "abc", block: 3, validUntil: 1_800_000_000_000 };
    expect(parseKitchenCookie(formatKitchenCookie(cookie))).toEqual(cookie);
    expect(parseKitchenCookie("ajar.abc.3.1")).toBeNull();
    expect(parseKitchenCookie("open.abc.x.1")).toBeNull();
    expect(parseKitchenCookie(undefined)).toBeNull();
  });
});
