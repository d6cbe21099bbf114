import { shownAvatar } from "@/lib/domains/staff/staff-profile";
import type { Db } from "@/lib/platform/db/client";
import type { THostOnDuty } from "@/lib/platform/contracts/qa";
import { hostHandle } from "./host-handle";

/** Who is on duty, as the public may see them: a handle (hostHandle), never the internal user id. */
export async function listHostsOnDuty(db: Db): Promise<THostOnDuty[]> {
  const rows = await db.user.findMany({
    where: { active: true, onDutySince: { not: null } },
    select: { id: true, name: true, image: true, onDutySince: true },
    orderBy: { onDutySince: "asc" },
  });
  return rows.map((r) => ({
    handle: hostHandle(r.id),
    name: r.name,
    avatarUrl: shownAvatar(r.image),
    since: r.onDutySince!.toISOString(),
  }));
}

/** Goes on or off duty; returns whether this changed anything. */
export async function setHostDuty(db: Db, staffId: string, onDuty: boolean, now = new Date()): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: staffId, active: true, onDutySince: onDuty ? null : { not: null } },
    data: { onDutySince: onDuty ? now : null },
  });
  return count > 0;
}
