"use client";

import type { TKitchenSchedule } from "@/lib/platform/contracts/kitchen-hours";
import { waitPromise } from "@/lib/domains/kitchen-hours/wait-promise";
import { useNow } from "@/components/ui/use-now";

interface KitchenHoursNoteProps {
  schedule: TKitchenSchedule;
  medianSeconds: number | null;
  promisedMinutes: number;
}

/**
 * Beside the ask box: are hosts in the kitchen, and when a question asked now should expect an answer.
 * Computed in the browser from the stored hours, so the cached page is right at any hour; nothing renders
 * on the server (its clock is the cache's, not the reader's) and the line's height is reserved.
 */
export function KitchenHoursNote({ schedule, medianSeconds, promisedMinutes }: KitchenHoursNoteProps) {
  const now = useNow(null, 30_000);
  if (Object.keys(schedule.hours.weekly).length === 0) return null;
  const promise = now === null ? null : waitPromise(schedule, new Date(now), medianSeconds, promisedMinutes);
  return (
    <div className="min-h-10 text-sm text-roast-900" data-testid="kitchen-hours-note" aria-live="polite">
      {promise?.status ? <p className="font-medium">{promise.status}</p> : null}
      {promise?.expect ? (
        <p className="text-roast-700" data-testid="wait-promise">
          {promise.expect}
        </p>
      ) : null}
    </div>
  );
}
