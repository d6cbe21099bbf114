"use client";

import { useActionState } from "react";
import { IDLE_FORM_STATE, fieldError, submittedValue } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";

/** Inline rename of one category row. */
export function CategoryRenameForm({
  action,
  category,
}: {
  action: FormAction;
  category: { id: string; name: string; description: string };
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const base = `category-${category.id}`;
  const nameError = fieldError(state, "name");
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="id" value={category.id} />
      <div>
        <label htmlFor={`${base}-name`} className="block text-xs font-medium text-roast-700">
          Name
        </label>
        <input
          id={`${base}-name`}
          name="name"
          defaultValue={submittedValue(state, "name") ?? category.name}
          required
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${base}-name-error` : undefined}
          className="mt-1 rounded-md border border-roast-200 bg-white px-2 py-1"
        />
        {nameError ? (
          <p id={`${base}-name-error`} className="text-xs text-red-700">
            {nameError}
          </p>
        ) : null}
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor={`${base}-description`} className="block text-xs font-medium text-roast-700">
          Description
        </label>
        <input
          id={`${base}-description`}
          name="description"
          defaultValue={submittedValue(state, "description") ?? category.description}
          className="mt-1 w-full rounded-md border border-roast-200 bg-white px-2 py-1"
        />
      </div>
      <SubmitButton size="sm" variant="secondary" ariaLabel={`Save ${category.name}`}>
        Save
      </SubmitButton>
      <span aria-live="polite" className="text-xs">
        {state.status === "error" && !nameError ? (
          <span role="alert" className="text-red-800">
            {state.message}
          </span>
        ) : null}
        {state.status === "ok" ? <span className="text-leaf-600">{state.message}</span> : null}
      </span>
    </form>
  );
}
