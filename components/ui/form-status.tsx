import type { TFormState } from "@/lib/platform/contracts/form-state";

/**
 * The form-level outcome: errors are announced assertively, confirmations politely. Put it right after the
 * form's submit button, and let useFocusFormOutcome move focus to it (the message takes focus from script
 * only: tabIndex -1).
 */
export function FormStatus({ state, id }: { state: TFormState; id?: string }) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {state.status === "error" ? (
        <p
          role="alert"
          tabIndex={-1}
          data-form-outcome=""
          className="rounded-md border border-red-700/30 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {state.message}
        </p>
      ) : state.status === "ok" ? (
        <p
          tabIndex={-1}
          data-form-outcome=""
          className="rounded-md border border-leaf-600/30 bg-green-50 px-3 py-2 text-sm text-leaf-600"
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
