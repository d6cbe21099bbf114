import type { Db } from "@/lib/platform/db/client";
import type { TStaffRole } from "@/lib/platform/contracts/staff";

export interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: TStaffRole;
  active: boolean;
  createdAt: string;
}

/** All staff accounts, active first, for the owner's staff page. */
export async function listStaff(db: Db): Promise<StaffRow[]> {
  const rows = await db.user.findMany({
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
  });
  return rows.map((r) => ({ ...r, role: r.role === "owner" ? "owner" : "host", createdAt: r.createdAt.toISOString() }));
}
