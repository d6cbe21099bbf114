/** What the orders' server actions answer: a message for people, per-field messages, and when. */
export type TOrderActionState =
  | { status: "idle" }
  | {
      status: "ok" | "error";
      message: string;
      fieldErrors?: Record<string, string>;
      /** What was typed, so a refused form keeps it. */
      values?: Record<string, string>;
      /** Distinguishes two identical answers in a row (each resets the form's click key). */
      at: number;
    };

export const IDLE_ORDER_ACTION: TOrderActionState = { status: "idle" };

export function orderFieldError(state: TOrderActionState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}

export function orderSubmitted(state: TOrderActionState, name: string): string | undefined {
  return state.status === "error" ? state.values?.[name] : undefined;
}
