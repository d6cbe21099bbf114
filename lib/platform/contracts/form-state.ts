/**
 * What every server action returns to `useActionState` (built by `defineAction`, lib/platform/actions). Universal
 * (no zod, no Node APIs): client form components and server actions both import it.
 */
export type TFormState<TData = undefined> =
  | { status: "idle" }
  | {
      status: "ok";
      message: string;
      /** What the form needs beyond the message (e.g. the cart's new item count). */
      data?: TData;
      /** Changes on every completed submission, so the same message is announced again. */
      at?: number;
    }
  | {
      status: "error";
      message: string;
      /** Why, for forms that branch on it (e.g. "sold_out" links back to the cart). */
      code?: string;
      /** First message per field, keyed by the input's name. */
      fieldErrors?: Record<string, string>;
      /** What was submitted, so fields keep their text after React resets the form. */
      values?: Record<string, string>;
      at?: number;
    };

export const IDLE_FORM_STATE: TFormState<never> = { status: "idle" };

export function fieldError(state: TFormState<unknown>, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}

export function submittedValue(state: TFormState<unknown>, name: string): string | undefined {
  return state.status === "error" ? state.values?.[name] : undefined;
}
