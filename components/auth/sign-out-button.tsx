"use client";

import { useActionState } from "react";
import { IDLE_FORM_STATE, type TFormState } from "@/lib/platform/contracts/form-state";

/** Signs the staff member out; the action comes from the route so components never import app/. */
export function SignOutButton({ action }: { action: (state: TFormState, formData: FormData) => Promise<TFormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {state.status === "error" ? (
        <span role="alert" className="text-xs text-red-800">
          {state.message}
        </span>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="whitespace-nowrap rounded-md border border-roast-200 bg-white px-3 py-1.5 text-sm font-medium text-roast-900 hover:bg-roast-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600"
      >
        Sign out
      </button>
    </form>
  );
}
