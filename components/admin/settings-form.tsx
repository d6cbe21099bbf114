"use client";

import { useActionState, useRef } from "react";
import { IDLE_FORM_STATE, fieldError, submittedValue } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFormOutcome } from "@/components/ui/use-focus-form-outcome";
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
  useFocusFormOutcome(state, formRef);
  const value = (name: string, fallback: string) => submittedValue(state, name) ?? fallback;
  return (
    <form ref={formRef} action={formAction} className="max-w-xl space-y-4" noValidate>
      <TextField
        id="settings-name"
        name="name"
        label="Store name"
        required
        defaultValue={value("name", settings.name)}
        error={fieldError(state, "name")}
      />
      <TextField
        id="settings-currency"
        name="currency"
        label="Currency"
        required
        hint="ISO 4217 code, e.g. EUR, USD, GBP. Prices are not converted when you change it."
        defaultValue={value("currency", settings.currency)}
        error={fieldError(state, "currency")}
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
        defaultValue={value("promisedResponseMinutes", String(settings.promisedResponseMinutes))}
        error={fieldError(state, "promisedResponseMinutes")}
      />
      <SubmitButton>Save settings</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
