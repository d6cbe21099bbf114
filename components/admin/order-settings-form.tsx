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
  settings: { preparingLabel: string; timezone: string; unpaidUnitsPerOrder: number; unpaidUnitsPerSource: number };
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
          <fieldset className="space-y-3">
            <legend className="font-semibold">Stock held by pay-on-delivery orders</legend>
            <p className="text-sm text-roast-700">
              Nobody has paid for what an unpaid order holds, and a made-up order costs nothing, so these bound it.
              Paid orders are never limited. A shopper over the bound is told how many they can still order.
            </p>
            <TextField
              id="settings-unpaid-per-order"
              name="unpaidUnitsPerOrder"
              label="Most units of one product in one unpaid order"
              type="number"
              inputMode="numeric"
              min={1}
              required
              state={state}
              defaultValue={String(settings.unpaidUnitsPerOrder)}
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
              state={state}
              defaultValue={String(settings.unpaidUnitsPerSource)}
            />
          </fieldset>
        </>
      )}
    </StateForm>
  );
}
