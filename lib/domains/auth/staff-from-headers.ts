import { db } from "@/lib/platform/db/client";
import type { TStaffRole } from "@/lib/platform/contracts/staff";
import { auth } from "./auth";

export type StaffRole = TStaffRole;

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  image: string | null;
  /** The better-auth session this identity came from, so a socket can re-check it on every event. */
  sessionId?: string;
}

/** Resolves a better-auth session token to an active staff member, re-reading role and status from the database. */
export async function staffFromHeaders(requestHeaders: Headers): Promise<StaffMember | null> {
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = await db().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, image: true, active: true },
  });
  if (!user || !user.active) return null;
  const role: StaffRole = user.role === "owner" ? "owner" : "host";
  return { id: user.id, name: user.name, email: user.email, role, image: user.image, sessionId: session.session.id };
}
