import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { hasKitchenHours, spansOn } from "@/lib/domains/kitchen-hours/open-intervals";
import { kitchenStatus } from "@/lib/domains/kitchen-hours/kitchen-status";
import { hoursOnLabel, kitchenStatusSentence } from "@/lib/domains/kitchen-hours/kitchen-hours-text";
import { wallClock } from "@/lib/domains/kitchen-hours/zoned-time";

/** The console's line about kitchen hours: today's hours, open or closed now, and whether timers run. */
export function KitchenHoursLine({ schedule, now }: { schedule: TKitchenSchedule; now: number }) {
  if (!hasKitchenHours(schedule.hours)) {
    return (
      <p className="mt-1 text-xs text-roast-700" data-testid="host-kitchen-hours">
        No kitchen hours set: the promise timers always run.
      </p>
    );
  }
  const at = new Date(now);
  const status = kitchenStatus(schedule, at);
  const today = hoursOnLabel(spansOn(schedule.hours, wallClock(at, schedule.timezone).date));
  return (
    <p className="mt-1 text-sm text-roast-900" data-testid="host-kitchen-hours">
      <span className="font-semibold">Kitchen hours today:</span> {today} ({schedule.timezone}) ·{" "}
      {kitchenStatusSentence(status, schedule, at)}{" "}
      {status.kind === "closed" ? (
        <strong className="text-amber-900">Promise timers are paused.</strong>
      ) : (
        <span className="text-roast-700">Promise timers are running.</span>
      )}
    </p>
  );
}
