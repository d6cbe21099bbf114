"use server";

import { refresh } from "next/cache";
import { db } from "@/lib/db/client";
import { ZStaffActive, ZStaffInput } from "@/lib/contracts/admin";
import type { TFormState } from "@/lib/contracts/form-state";
import { pickFormFields, zodFieldErrors } from "@/lib/contracts/zod-form-errors";
import { createStaffAccount, StaffAccountExistsError } from "@/lib/staff/create-staff-account";
import { setStaffActive } from "@/lib/staff/set-staff-active";
import { NOT_ALLOWED, ownerForAction } from "../_lib/owner-action";
import { invalidState } from "../_lib/failure-state";

/** /admin/staff "Add staff member" form. */
export async function createStaffAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const values = pickFormFields(formData, ["name", "email", "role", "password"]);
  const parsed = ZStaffInput.safeParse(values);
  // Echo back what was typed, never the password.
  const echo = pickFormFields(formData, ["name", "email", "role"]);
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), echo);
  try {
    await createStaffAccount(db(), parsed.data);
  } catch (error) {
    if (error instanceof StaffAccountExistsError) {
      return invalidState({ email: "A staff account with this email already exists" }, echo);
    }
    throw error;
  }
  refresh();
  return {
    status: "ok",
    message: `Added ${parsed.data.name} as ${parsed.data.role}. Share the initial password with them privately.`,
  };
}

/** /admin/staff "Deactivate" / "Reactivate" buttons. */
export async function setStaffActiveAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const owner = await ownerForAction();
  if (!owner) return NOT_ALLOWED;
  const parsed = ZStaffActive.safeParse(pickFormFields(formData, ["userId", "active"]));
  if (!parsed.success) return { status: "error", message: "This staff account no longer exists." };
  const result = await setStaffActive(db(), {
    actorId: owner.id,
    userId: parsed.data.userId,
    active: parsed.data.active,
  });
  if (!result.ok) return { status: "error", message: result.message };
  refresh();
  return {
    status: "ok",
    message: result.active ? `${result.name} can sign in again.` : `${result.name} is deactivated and signed out.`,
  };
}
