"use client";

import { useEffect, type RefObject } from "react";
import type { TFormState } from "@/lib/platform/contracts/form-state";

/**
 * After a submission, moves focus to what the person must read next, so it is where they are and a screen
 * reader says it: after a refusal the first field marked invalid (or else the form's message), after a
 * success the form's message ("Saved …"). The message sits by the submit button (FormStatus after the
 * SubmitButton): at the top of a long form it was out of sight of the button that was just pressed.
 */
export function useFocusFormOutcome(state: TFormState<unknown>, formRef: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    if (state.status === "idle") return;
    const form = formRef.current;
    const message = form?.querySelector<HTMLElement>("[data-form-outcome]");
    const target =
      (state.status === "error" ? form?.querySelector<HTMLElement>('[aria-invalid="true"]') : null) ?? message;
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
  }, [state, formRef]);
}
