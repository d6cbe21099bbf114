"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { IDLE_FORM_STATE, type TFormState } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "./action-form";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";
import { useFocusFormOutcome } from "./use-focus-form-outcome";

/**
 * The skeleton of a form that saves through a server action and stays on the page (the settings forms):
 * one submit button with the outcome right under it (where the owner is), focus on the first refused field or
 * else on the outcome. The fields get the
 * form state to read their errors and what was typed from.
 */
export function StateForm({
  action,
  submitLabel,
  ariaLabel,
  children,
}: {
  action: FormAction;
  submitLabel: string;
  ariaLabel?: string;
  children: (state: TFormState) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFormOutcome(state, formRef);
  return (
    <form ref={formRef} action={formAction} className="max-w-xl space-y-4" noValidate aria-label={ariaLabel}>
      {children(state)}
      <SubmitButton>{submitLabel}</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
