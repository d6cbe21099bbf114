import type { Db } from "@/lib/platform/db/client";
import type { StaffMember, StaffRole } from "./staff-from-headers";

/**
 * Re-reads a staff identity from its session: null once the session was signed out or expired, or the
 * account deactivated. Sockets call it on every staff event, so rights hold for the life of a socket.
 */
export async function verifyStaffSession(db: Db, staff: StaffMember, now = new Date()): Promise<StaffMember | null> {
  if (!staff.sessionId) return null;
  const session = await db.session.findUnique({
    where: { id: staff.sessionId },
    select: {
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, role: true, image: true, active: true } },
    },
  });
  if (!session || session.expiresAt <= now || !session.user.active || session.user.id !== staff.id) return null;
  const { user } = session;
  const role: StaffRole = user.role === "owner" ? "owner" : "host";
  return { id: user.id, name: user.name, email: user.email, role, image: user.image, sessionId: staff.sessionId };
}
