import { describe, expect, it } from "vitest";
import { formatStoreTime, startOfStoreDay } from "@/lib/platform/time/store-time";

describe("store time", () => {
  it("writes every time in the store's zone, 24-hour, with the zone named", () => {
    const at = "2026-07-01T14:42:00.000Z";
    expect(formatStoreTime(at, "Europe/Lisbon")).toBe("1 Jul 2026, 15:42 WEST");
    expect(formatStoreTime(at, "Europe/Lisbon", { withDate: false })).toBe("15:42 WEST");
    expect(formatStoreTime(at, "America/New_York", { withDate: false })).toBe("10:42 GMT-4");
    expect(formatStoreTime("2026-12-01T15:42:00.000Z", "UTC")).toBe("1 Dec 2026, 15:42 UTC");
  });

  it("starts the day at the store's midnight, not UTC's, across a DST change", () => {
    // 00:30 UTC on 2 Jul is 20:30 on 1 Jul in New York (UTC−4): the day began at 04:00 UTC on 1 Jul.
    expect(startOfStoreDay(new Date("2026-07-02T00:30:00Z"), "America/New_York").toISOString()).toBe(
      "2026-07-01T04:00:00.000Z",
    );
    // Lisbon on the day summer time begins (29 Mar 2026, 01:00 UTC): midnight was still UTC+0.
    expect(startOfStoreDay(new Date("2026-03-29T20:00:00Z"), "Europe/Lisbon").toISOString()).toBe(
      "2026-03-29T00:00:00.000Z",
    );
    expect(startOfStoreDay(new Date("2026-07-01T23:30:00Z"), "Europe/Lisbon").toISOString()).toBe(
      "2026-07-01T23:00:00.000Z",
    );
  });
});
