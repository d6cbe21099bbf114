import { headers } from "next/headers";
import { staffFromHeaders, type StaffMember, type StaffRole } from "./staff-from-headers";

export type { StaffMember, StaffRole };

/** The signed-in staff member of the current request, or null. Guards live in ./guards. */
export async function currentStaff(): Promise<StaffMember | null> {
  return staffFromHeaders(await headers());
}
