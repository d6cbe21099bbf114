import { describe, expect, it, vi } from "vitest";

const ensureShopper = vi.hoisted(() => vi.fn(async () => ({})));
vi.mock("@/lib/domains/shoppers/ensure-shopper", () => ({ ensureShopper }));

const { createVisitRecorder } = await import("@/lib/domains/shoppers/visit-recorder");

describe("visit recorder", () => {
  it("writes a shopper's visit once per day, again the next day, and retries after a failure", async () => {
    const record = createVisitRecorder(() => ({}) as never);
    const monday = new Date("2026-11-23T09:00:00Z");
    await record("ada", monday);
    await record("ada", new Date("2026-11-23T18:00:00Z"));
    await record("bob", monday);
    expect(ensureShopper).toHaveBeenCalledTimes(2);

    await record("ada", new Date("2026-11-24T08:00:00Z"));
    expect(ensureShopper).toHaveBeenCalledTimes(3);

    const tuesday = new Date("2026-11-24T10:00:00Z");
    ensureShopper.mockRejectedValueOnce(new Error("database down"));
    await expect(record("cy", tuesday)).rejects.toThrow("database down");
    await record("cy", tuesday);
    expect(ensureShopper).toHaveBeenCalledTimes(5);
  });
});
