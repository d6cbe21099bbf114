import type { AdminFailure } from "@/lib/catalog/admin/admin-result";
import type { TFormState } from "@/lib/contracts/form-state";

export function failureState(failure: AdminFailure, values?: Record<string, string>): TFormState {
  return { status: "error", message: failure.message, fieldErrors: failure.fieldErrors, values };
}

export function invalidState(fieldErrors: Record<string, string>, values?: Record<string, string>): TFormState {
  const formLevel = fieldErrors[""];
  return { status: "error", message: formLevel ?? "Check the highlighted fields.", fieldErrors, values };
}
