import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/guards";
import { currentStaff, type StaffMember, type StaffRole } from "@/lib/auth/staff-session";

/**
 * The authorization check every staff page runs itself (a layout is not a boundary).
 * Not signed in → redirect to /sign-in?next=<path>. Signed in without the role → null: the page
 * renders <ForbiddenNotice />. This is the same check as requireStaff(role), split in two so a
 * signed-out visitor is sent to sign in rather than shown a 403.
 */
export async function staffForPage(role: StaffRole, path: string): Promise<StaffMember | null> {
  const staff = await currentStaff();
  if (!staff) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return hasRole(staff, role) ? staff : null;
}
