"use client";

import { useActionState } from "react";
import { IDLE_FORM_STATE, type TFormState } from "@/lib/platform/contracts/form-state";
import { SubmitButton } from "./submit-button";

export type FormAction = (state: TFormState, formData: FormData) => Promise<TFormState>;

/**
 * A one-button form (publish, delete, move, deactivate) with hidden inputs and its own outcome message.
 * `confirm` asks before destructive actions; without JavaScript the form still submits.
 */
export function ActionForm({
  action,
  fields,
  label,
  pendingLabel,
  variant = "secondary",
  confirm,
  ariaLabel,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
  ariaLabel?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      className="inline-flex flex-col items-start gap-1"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} size="sm" ariaLabel={ariaLabel} pendingLabel={pendingLabel ?? `${label}…`}>
        {label}
      </SubmitButton>
      <span aria-live="polite" className="max-w-xs text-xs">
        {state.status === "error" ? (
          <span role="alert" className="text-red-800">
            {state.message}
          </span>
        ) : null}
        {state.status === "ok" ? <span className="text-leaf-600">{state.message}</span> : null}
      </span>
    </form>
  );
}
