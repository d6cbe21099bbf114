"use client";

import type { FormAction } from "@/components/ui/action-form";
import { StateForm } from "@/components/ui/state-form";
import { TextField } from "@/components/ui/form-field";

export function SettingsForm({
  action,
  settings,
}: {
  action: FormAction;
  settings: { name: string; currency: string; promisedResponseMinutes: number };
}) {
  return (
    <StateForm action={action} submitLabel="Save settings">
      {(state) => (
        <>
          <TextField
            id="settings-name"
            name="name"
            label="Store name"
            required
            state={state}
            defaultValue={settings.name}
          />
          <TextField
            id="settings-currency"
            name="currency"
            label="Currency"
            required
            hint="ISO 4217 code, e.g. EUR, USD, GBP. Prices are not converted when you change it."
            state={state}
            defaultValue={settings.currency}
          />
          <TextField
            id="settings-response"
            name="promisedResponseMinutes"
            label="Promised response time (minutes)"
            type="number"
            min={1}
            step={1}
            required
            hint="Shown to shoppers who ask a question, and used to order the hosts’ queue."
            state={state}
            defaultValue={String(settings.promisedResponseMinutes)}
          />
        </>
      )}
    </StateForm>
  );
}
