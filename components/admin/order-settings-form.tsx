"use client";

import { useActionState } from "react";
import { IDLE_FORM_STATE } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

/** The buyer-facing wording of the Preparing step and the time zone every order time is shown in. */
export function OrderSettingsForm({
  action,
  settings,
}: {
  action: FormAction;
  settings: { preparingLabel: string; timezone: string };
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate aria-label="Order settings">
      <FormStatus state={state} />
      <TextField
        id="settings-preparing"
        name="preparingLabel"
        label="Name of the Preparing step"
        required
        hint="What buyers see while you prepare their order, e.g. “Roasting your beans”."
        state={state}
        defaultValue={settings.preparingLabel}
      />
      <TextField
        id="settings-timezone"
        name="timezone"
        label="Time zone"
        required
        hint="IANA name, e.g. Europe/Lisbon or America/New_York. Order times are shown in it."
        state={state}
        defaultValue={settings.timezone}
      />
      <SubmitButton>Save order settings</SubmitButton>
    </form>
  );
}
