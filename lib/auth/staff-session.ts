import { headers } from "next/headers";
import { UserError } from "@/lib/errors/user-error";
import { staffFromHeaders, type StaffMember, type StaffRole } from "./staff-from-headers";

export type { StaffMember, StaffRole };

export async function currentStaff(): Promise<StaffMember | null> {
  return staffFromHeaders(await headers());
}

export class ForbiddenError extends UserError {
  constructor(message = "You are not allowed to do that.") {
    super(message, "forbidden");
  }
}

/** Owners may do everything hosts may. */
export function hasRole(staff: StaffMember | null, role: StaffRole): staff is StaffMember {
  if (!staff) return false;
  return role === "host" ? true : staff.role === "owner";
}

export async function requireStaff(role: StaffRole): Promise<StaffMember> {
  const staff = await currentStaff();
  if (!hasRole(staff, role)) throw new ForbiddenError();
  return staff;
}
