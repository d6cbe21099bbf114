import { describe, expect, it } from "vitest";
import { ZKitchenHoursForm, type TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { afterOpenTime, isOpenAt, kitchenStatus, openMsBetween } from "@/lib/domains/kitchen-hours/kitchen-status";
import { kitchenStatusSentence } from "@/lib/domains/kitchen-hours/kitchen-hours-text";
import { waitPromise } from "@/lib/domains/kitchen-hours/wait-promise";
import { zonedInstant } from "@/lib/domains/kitchen-hours/zoned-time";
import { percentile } from "@/lib/domains/qa/response-times";

const nineToFive = { open: "09:00", close: "17:00" };
/** Weekdays 9–17 in Lisbon (UTC+0 in winter, UTC+1 in summer), Christmas Eve closed, New Year's Eve 10–14. */
const lisbon: TKitchenSchedule = {
  timezone: "Europe/Lisbon",
  hours: {
    weekly: { "1": [nineToFive], "2": [nineToFive], "3": [nineToFive], "4": [nineToFive], "5": [nineToFive] },
    exceptions: [
      { date: "2026-12-24", closed: true },
      { date: "2026-12-31", closed: false, span: { open: "10:00", close: "14:00" } },
    ],
  },
};
const H = 60 * 60_000;

describe("kitchen hours", () => {
  it("reads wall-clock times in the store's zone, across daylight saving", () => {
    expect(zonedInstant("2026-01-15", 9 * 60, "Europe/Lisbon").toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(zonedInstant("2026-07-15", 9 * 60, "Europe/Lisbon").toISOString()).toBe("2026-07-15T08:00:00.000Z");
    expect(zonedInstant("2026-07-15", 9 * 60, "America/New_York").toISOString()).toBe("2026-07-15T13:00:00.000Z");
  });

  it("says until when hosts are in, or when they are back and in how long", () => {
    // Tuesday 2026-12-08, 10:00 Lisbon.
    const tuesdayMorning = new Date("2026-12-08T10:00:00Z");
    const open = kitchenStatus(lisbon, tuesdayMorning);
    expect(open).toEqual({ kind: "open", until: new Date("2026-12-08T17:00:00Z") });
    expect(kitchenStatusSentence(open, lisbon, tuesdayMorning)).toBe("Hosts are in the kitchen until 17:00.");

    const tuesdayNight = new Date("2026-12-08T19:00:00Z");
    const closed = kitchenStatus(lisbon, tuesdayNight);
    expect(closed).toEqual({ kind: "closed", back: new Date("2026-12-09T09:00:00Z") });
    expect(kitchenStatusSentence(closed, lisbon, tuesdayNight)).toBe("Hosts are back at 9:00 tomorrow (in 14 h).");

    // Friday evening: back on Monday.
    const friday = new Date("2026-12-11T18:00:00Z");
    expect(kitchenStatusSentence(kitchenStatus(lisbon, friday), lisbon, friday)).toBe(
      "Hosts are back at 9:00 on Monday (in 2 days 15 h).",
    );
  });

  it("applies closed days and special hours", () => {
    expect(isOpenAt(lisbon, new Date("2026-12-24T10:00:00Z"))).toBe(false);
    expect(kitchenStatus(lisbon, new Date("2026-12-24T10:00:00Z"))).toEqual({
      kind: "closed",
      back: new Date("2026-12-25T09:00:00Z"),
    });
    expect(kitchenStatus(lisbon, new Date("2026-12-31T11:00:00Z"))).toEqual({
      kind: "open",
      until: new Date("2026-12-31T14:00:00Z"),
    });
  });

  it("counts only kitchen time: the promise timer pauses outside the hours", () => {
    // Asked Tuesday 16:30, now Wednesday 9:15: 30 min Tuesday + 15 min Wednesday.
    expect(openMsBetween(lisbon, new Date("2026-12-08T16:30:00Z"), new Date("2026-12-09T09:15:00Z"))).toBe(0.75 * H);
    // Without hours every minute counts.
    const none: TKitchenSchedule = { timezone: "Europe/Lisbon", hours: { weekly: {}, exceptions: [] } };
    expect(openMsBetween(none, new Date("2026-12-08T16:30:00Z"), new Date("2026-12-09T09:15:00Z"))).toBe(16.75 * H);
    // 20 minutes of kitchen time from Tuesday 16:50 ends Wednesday 9:10.
    expect(afterOpenTime(lisbon, new Date("2026-12-08T16:50:00Z"), 20 * 60_000)).toEqual(
      new Date("2026-12-09T09:10:00Z"),
    );
  });

  it("changes the wait promise: a question asked at night is not promised minutes", () => {
    const day = waitPromise(lisbon, new Date("2026-12-08T10:00:00Z"), 12 * 60, 15);
    expect(day.expect).toBe("Asked now, half of questions like it are answered by about 10:12.");
    const night = waitPromise(lisbon, new Date("2026-12-08T22:00:00Z"), 12 * 60, 15);
    expect(night.status).toBe("Hosts are back at 9:00 tomorrow (in 11 h).");
    expect(night.expect).toBe("Asked now, half of questions like it are answered by about 9:12 tomorrow.");
    const unmeasured = waitPromise(lisbon, new Date("2026-12-08T22:00:00Z"), null, 15);
    expect(unmeasured.expect).toBe("Asked now, we aim to answer by 9:15 tomorrow.");
  });

  it("parses the admin form and refuses what does not make sense", () => {
    const days = Array.from({ length: 7 }, (_, i) =>
      i === 1 ? { open: "09:00", close: "17:00" } : { open: "", close: "" },
    );
    const parsed = ZKitchenHoursForm.parse({ days, exceptions: "2026-12-24 closed\n2026-12-31 10:00-14:00" });
    expect(parsed.weekly).toEqual({ "1": [nineToFive] });
    expect(parsed.exceptions).toEqual(lisbon.hours.exceptions);
    const backwards = days.map((d, i) => (i === 1 ? { open: "17:00", close: "09:00" } : d));
    expect(ZKitchenHoursForm.safeParse({ days: backwards, exceptions: "" }).success).toBe(false);
    expect(ZKitchenHoursForm.safeParse({ days, exceptions: "christmas closed" }).success).toBe(false);
  });

  it("takes percentiles as Postgres's percentile_cont does", () => {
    expect(percentile([60, 120, 180, 240], 0.5)).toBe(150);
    expect(percentile([], 0.5)).toBeNull();
  });
});
