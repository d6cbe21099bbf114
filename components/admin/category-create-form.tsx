"use client";

import { useActionState, useRef } from "react";
import { IDLE_FORM_STATE } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFormOutcome } from "@/components/ui/use-focus-form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";

export function CategoryCreateForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFormOutcome(state, formRef);
  return (
    <form
      ref={formRef}
      action={formAction}
      className="space-y-4 rounded-lg border border-roast-200 bg-white p-5"
      aria-labelledby="category-create-title"
      noValidate
    >
      <h2 id="category-create-title" className="text-lg font-semibold">
        New category
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="category-name" name="name" label="Name" required state={state} />
        <TextField
          id="category-slug"
          name="slug"
          label="Slug"
          hint="Leave empty to derive it from the name."
          state={state}
        />
      </div>
      <TextField id="category-description" name="description" label="Description" state={state} />
      <SubmitButton pendingLabel="Creating…">Create category</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
