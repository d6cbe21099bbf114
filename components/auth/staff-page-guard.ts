import { forbidden, redirect } from "next/navigation";
import { hasRole } from "@/lib/domains/auth/guards";
import { currentStaff, type StaffMember, type StaffRole } from "@/lib/domains/auth/staff-session";

/**
 * The authorization check every staff page runs itself (a layout is not a boundary).
 * Not signed in → redirect to /sign-in?next=<path>. Signed in without the role → forbidden(): a 403
 * with app/forbidden.tsx. This is the same check as requireStaff(role), split in two so a signed-out
 * visitor is sent to sign in rather than shown a 403. (Pages still test for null from before forbidden();
 * that branch no longer runs.)
 */
export async function staffForPage(role: StaffRole, path: string): Promise<StaffMember | null> {
  const staff = await currentStaff();
  if (!staff) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!hasRole(staff, role)) forbidden();
  return staff;
}
