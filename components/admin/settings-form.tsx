"use client";

import { useActionState, useRef } from "react";
import { IDLE_FORM_STATE } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function SettingsForm({
  action,
  settings,
}: {
  action: FormAction;
  settings: { name: string; currency: string; promisedResponseMinutes: number };
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(state, formRef);
  return (
    <form ref={formRef} action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} />
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
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
