"use client";

import { useActionState, useRef } from "react";
import { IDLE_FORM_STATE } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFormOutcome } from "@/components/ui/use-focus-form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import { STAFF_PASSWORD_MIN } from "@/lib/platform/contracts/limits";

export function StaffCreateForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFormOutcome(state, formRef);
  return (
    <form
      ref={formRef}
      action={formAction}
      className="space-y-4 rounded-lg border border-roast-200 bg-white p-5"
      noValidate
    >
      <h2 className="text-lg font-semibold">Add a staff member</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="staff-name" name="name" label="Name" required autoComplete="off" state={state} />
        <TextField id="staff-email" name="email" type="email" label="Email" required autoComplete="off" state={state} />
        <SelectField
          id="staff-role"
          name="role"
          label="Role"
          required
          hint="Hosts answer shoppers and watch the floor; owners also manage the catalog, staff and settings."
          options={[
            { value: "host", label: "Host" },
            { value: "owner", label: "Owner" },
          ]}
          state={state}
          defaultValue="host"
        />
        <TextField
          id="staff-password"
          name="password"
          type="password"
          label="Initial password"
          required
          autoComplete="new-password"
          hint={`At least ${STAFF_PASSWORD_MIN} characters.`}
          state={state}
        />
      </div>
      <SubmitButton pendingLabel="Adding…">Add staff member</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
