"use client";

import { useActionState, useRef } from "react";
import { IDLE_FORM_STATE, fieldError, submittedValue } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFormOutcome } from "@/components/ui/use-focus-form-outcome";

/** The buyer-facing wording of the Preparing step and the time zone every order time is shown in. */
export function OrderSettingsForm({
  action,
  settings,
}: {
  action: FormAction;
  settings: { preparingLabel: string; timezone: string };
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFormOutcome(state, formRef);
  const value = (name: string, fallback: string) => submittedValue(state, name) ?? fallback;
  return (
    <form ref={formRef} action={formAction} className="max-w-xl space-y-4" noValidate aria-label="Order settings">
      <TextField
        id="settings-preparing"
        name="preparingLabel"
        label="Name of the Preparing step"
        required
        hint="What buyers see while you prepare their order, e.g. “Roasting your beans”."
        defaultValue={value("preparingLabel", settings.preparingLabel)}
        error={fieldError(state, "preparingLabel")}
      />
      <TextField
        id="settings-timezone"
        name="timezone"
        label="Time zone"
        required
        hint="IANA name, e.g. Europe/Lisbon or America/New_York. Order times are shown in it."
        defaultValue={value("timezone", settings.timezone)}
        error={fieldError(state, "timezone")}
      />
      <SubmitButton>Save order settings</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
