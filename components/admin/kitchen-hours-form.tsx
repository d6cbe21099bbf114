"use client";

import { useActionState, useRef } from "react";
import { exceptionsText, type TKitchenHours } from "@/lib/platform/contracts/kitchen-hours";
import { WEEKDAY_NAMES } from "@/lib/platform/contracts/weekdays";
import { IDLE_FORM_STATE, fieldError, submittedValue } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFormOutcome } from "@/components/ui/use-focus-form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";

/** Monday first, as people read a week; the stored key stays Date#getDay's (0 = Sunday). */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/**
 * Owners set when hosts are in the kitchen: one span per weekday (both empty: closed that day), in the
 * store's time zone, plus closed days and special hours, one per line.
 */
export function KitchenHoursForm({
  action,
  hours,
  timezone,
}: {
  action: FormAction;
  hours: TKitchenHours;
  timezone: string;
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFormOutcome(state, formRef);
  const spanOf = (day: number) => hours.weekly[String(day) as keyof TKitchenHours["weekly"]]?.[0];
  return (
    <form ref={formRef} action={formAction} className="max-w-xl space-y-4" noValidate data-testid="kitchen-hours-form">
      <fieldset className="min-w-0 space-y-2">
        <legend className="font-medium">Weekly hours ({timezone})</legend>
        <p className="text-sm text-roast-700">
          Leave both times empty for a day without hosts. Shoppers see whether hosts are in, and the promise timers
          pause outside these hours. Without any hours, nothing is shown and timers always run.
        </p>
        {fieldError(state, "days") ? <p className="text-sm text-ember-700">{fieldError(state, "days")}</p> : null}
        <div className="grid grid-cols-[5.5rem_minmax(0,1fr)_minmax(0,1fr)] items-center gap-2 sm:grid-cols-[7rem_10rem_10rem]">
          {WEEK_ORDER.map((day) => (
            <div key={day} className="contents">
              <span className="text-sm font-medium" id={`hours-${day}-label`}>
                {WEEKDAY_NAMES[day]}
              </span>
              <input
                type="time"
                name={`open-${day}`}
                aria-label={`${WEEKDAY_NAMES[day]} opens`}
                defaultValue={submittedValue(state, `open-${day}`) ?? spanOf(day)?.open ?? ""}
                className="w-full min-w-0 rounded-lg border border-roast-300 px-2 py-1"
              />
              <input
                type="time"
                name={`close-${day}`}
                aria-label={`${WEEKDAY_NAMES[day]} closes`}
                defaultValue={submittedValue(state, `close-${day}`) ?? spanOf(day)?.close ?? ""}
                className="w-full min-w-0 rounded-lg border border-roast-300 px-2 py-1"
              />
            </div>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id="kitchen-exceptions"
        name="exceptions"
        label="Closed days and special hours"
        hint="One per line: “2026-12-24 closed” or “2026-12-31 10:00-14:00”. They replace that date's weekly hours."
        rows={4}
        defaultValue={submittedValue(state, "exceptions") ?? exceptionsText(hours)}
        error={fieldError(state, "exceptions")}
      />
      <SubmitButton pendingLabel="Saving…">Save kitchen hours</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
