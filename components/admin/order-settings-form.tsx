"use client";

import { useActionState } from "react";
import { IDLE_FORM_STATE, fieldError, submittedValue } from "@/lib/platform/contracts/form-state";
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
  settings: { preparingLabel: string; timezone: string; unpaidUnitsPerOrder: number; unpaidUnitsPerSource: number };
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const value = (name: string, fallback: string) => submittedValue(state, name) ?? fallback;
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate aria-label="Order settings">
      <FormStatus state={state} />
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
      <fieldset className="space-y-3">
        <legend className="font-semibold">Stock held by pay-on-delivery orders</legend>
        <p className="text-sm text-roast-700">
          Nobody has paid for what an unpaid order holds, and a made-up order costs nothing, so these bound it. Paid
          orders are never limited. A shopper over the bound is told how many they can still order.
        </p>
        <TextField
          id="settings-unpaid-per-order"
          name="unpaidUnitsPerOrder"
          label="Most units of one product in one unpaid order"
          type="number"
          inputMode="numeric"
          min={1}
          required
          defaultValue={value("unpaidUnitsPerOrder", String(settings.unpaidUnitsPerOrder))}
          error={fieldError(state, "unpaidUnitsPerOrder")}
        />
        <TextField
          id="settings-unpaid-per-source"
          name="unpaidUnitsPerSource"
          label="Most units of one product held by all open unpaid orders from one network or to one address"
          type="number"
          inputMode="numeric"
          min={1}
          required
          hint="Counted over orders not yet paid, delivered or cancelled."
          defaultValue={value("unpaidUnitsPerSource", String(settings.unpaidUnitsPerSource))}
          error={fieldError(state, "unpaidUnitsPerSource")}
        />
      </fieldset>
      <SubmitButton>Save order settings</SubmitButton>
    </form>
  );
}
