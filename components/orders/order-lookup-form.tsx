"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/form-field";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type TFormState } from "@/lib/platform/contracts/form-state";

/** Find an order from any browser with its number and the email it was placed with. */
export function OrderLookupForm({
  action,
}: {
  action: (state: TFormState, formData: FormData) => Promise<TFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} noValidate aria-labelledby="lookup-title" className="flex flex-col gap-4">
      <h2 id="lookup-title" className="text-xl text-roast-900">
        Find an order
      </h2>
      <p className="text-sm text-roast-700">
        On another device, or cleared your cookies? Enter the order number (e.g. #1042) and the email you ordered with.
      </p>
      <div className="grid gap-4">
        <TextField id="lookup-number" name="number" label="Order number" required state={state} />
        <TextField
          id="lookup-email"
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          state={state}
        />
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-ember-700">
        {state.status === "error" && !state.fieldErrors ? state.message : ""}
      </p>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Looking…" : "Find my order"}
        </Button>
      </div>
    </form>
  );
}
