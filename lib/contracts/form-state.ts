/**
 * What a form's server action returns to `useActionState`. Universal (no zod, no Node APIs):
 * client form components and server actions both import it.
 */
export type TFormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | {
      status: "error";
      message: string;
      /** First message per field, keyed by the input's name. */
      fieldErrors?: Record<string, string>;
      /** What was submitted, so fields keep their text after React resets the form. */
      values?: Record<string, string>;
    };

export const IDLE_FORM_STATE: TFormState = { status: "idle" };

export function fieldError(state: TFormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}

export function submittedValue(state: TFormState, name: string): string | undefined {
  return state.status === "error" ? state.values?.[name] : undefined;
}
