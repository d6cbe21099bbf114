"use client";

import { useActionState } from "react";
import { IDLE_FORM_STATE, type TFormState } from "@/lib/platform/contracts/form-state";
import { TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({
  action,
  next,
}: {
  action: (state: TFormState, formData: FormData) => Promise<TFormState>;
  next: string | null;
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className="space-y-4" aria-describedby="sign-in-status" noValidate>
      <FormStatus state={state} id="sign-in-status" />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="sign-in-email"
        name="email"
        // The email is the account name: "username" pairs it with the password in password managers, and the
        // Text control group it belongs to excludes type=email under HTML 5.2 (checkers such as HTML_CodeSniffer
        // H98 still hold to that), so a text input with the email keyboard.
        type="text"
        inputMode="email"
        label="Email"
        autoComplete="username"
        required
        state={state}
      />
      <TextField
        id="sign-in-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        state={state}
      />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
