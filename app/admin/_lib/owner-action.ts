import { ForbiddenError, requireStaff, type StaffMember } from "@/lib/auth/staff-session";
import type { TFormState } from "@/lib/contracts/form-state";

export const NOT_ALLOWED: TFormState = {
  status: "error",
  message: "Only a signed-in owner can do this. Sign in again as an owner.",
};

/**
 * The check at the top of every admin server action: actions are public POST endpoints, so each one
 * authorizes itself. Returns the owner, or null when the caller is not one.
 */
export async function ownerForAction(): Promise<StaffMember | null> {
  try {
    return await requireStaff("owner");
  } catch (error) {
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}
