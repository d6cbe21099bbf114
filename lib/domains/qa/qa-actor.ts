import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";

/** Who is acting on the Q&A: an anonymous shopper or a signed-in staff member. */
export type QaActor = { kind: "shopper"; shopperId: string } | { kind: "staff"; staff: StaffMember };

export function actorKey(actor: QaActor): string {
  return actor.kind === "shopper" ? `shopper:${actor.shopperId}` : `staff:${actor.staff.id}`;
}
