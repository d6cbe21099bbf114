"use client";

import { useEffect, type RefObject } from "react";
import type { TFormState } from "@/lib/platform/contracts/form-state";

/**
 * After a refused submission, moves focus to the first field marked invalid, or else to the form's
 * message: on a phone the message at the top of a long form is out of sight of the submit button.
 */
export function useFocusFirstError(state: TFormState<unknown>, formRef: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    if (state.status !== "error") return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    if (target.getAttribute("role") === "alert") target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: "center" });
  }, [state, formRef]);
}
