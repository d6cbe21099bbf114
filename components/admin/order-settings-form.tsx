"use client";

import type { FormAction } from "@/components/ui/action-form";
import { StateForm } from "@/components/ui/state-form";
import { TextField } from "@/components/ui/form-field";

/** The buyer-facing wording of the Preparing step and the time zone every order time is shown in. */
export function OrderSettingsForm({
  action,
  settings,
}: {
  action: FormAction;
  settings: { preparingLabel: string; timezone: string };
}) {
  return (
    <StateForm action={action} submitLabel="Save order settings" ariaLabel="Order settings">
      {(state) => (
        <>
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
        </>
      )}
    </StateForm>
  );
}
