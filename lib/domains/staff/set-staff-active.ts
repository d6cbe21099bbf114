import type { Db } from "@/lib/platform/db/client";
import { disconnectAudience, publish } from "@/lib/platform/publish/publish";
import { toStaffMember, toStore } from "@/lib/platform/publish/audience";
import { listHostsOnDuty } from "@/lib/domains/hosts/hosts-on-duty";

export interface SetStaffActiveOptions {
  /** The owner making the change. */
  actorId: string;
  userId: string;
  active: boolean;
}

export type SetStaffActiveResult =
  { ok: true; name: string; active: boolean } | { ok: false; reason: "not_found" | "self"; message: string };

/**
 * Deactivates or reactivates a staff account. Deactivation deletes the person's sessions in the same
 * transaction, so they are signed out everywhere at once (new sign-ins are refused by the auth hook), and
 * disconnects their open sockets after the commit.
 */
export async function setStaffActive(
  db: Db,
  { actorId, userId, active }: SetStaffActiveOptions,
): Promise<SetStaffActiveResult> {
  if (!active && actorId === userId) {
    return { ok: false, reason: "self", message: "You cannot deactivate your own account. Ask another owner." };
  }
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
    if (!user) return { ok: false, reason: "not_found", message: "This staff account no longer exists." } as const;
    await tx.user.update({ where: { id: userId }, data: { active, ...(active ? {} : { onDutySince: null }) } });
    if (!active) await tx.session.deleteMany({ where: { userId } });
    return { ok: true, name: user.name, active } as const;
  });
  if (result.ok && !active) {
    // Sockets opened before keep no staff powers and leave staff audiences now.
    disconnectAudience(toStaffMember(userId));
    publish("hosts:changed", toStore(), { hosts: await listHostsOnDuty(db) });
  }
  return result;
}
