import type { Db } from "@/lib/platform/db/client";
import { UserError } from "@/lib/platform/errors/user-error";
import { STAFF_NAME_MESSAGE, containsName } from "@/lib/platform/contracts/public-name";

/** A public name a shopper may not use. */
export class ReservedNameError extends UserError {
  constructor(message = STAFF_NAME_MESSAGE) {
    super(message, "invalid");
  }
}

/**
 * Whether a shopper's public name contains a staff member's name (active or not: an old host's name
 * still reads as the shop's voice in old threads). The words reserved for roles are in the contracts.
 */
export async function isStaffName(db: Db, name: string): Promise<boolean> {
  const staff = await db.user.findMany({ select: { name: true } });
  return staff.some((member) => containsName(name, member.name));
}

export async function assertNotStaffName(db: Db, name: string | undefined): Promise<void> {
  if (name && (await isStaffName(db, name))) throw new ReservedNameError();
}
