import { UserError } from "@/lib/platform/errors/user-error";
import type { TStaffRole } from "@/lib/platform/contracts/staff";
import { currentShopperId } from "@/lib/domains/shoppers/current-shopper";
import { currentOrNewShopperId } from "@/lib/domains/shoppers/shopper-identity";
import { currentStaff } from "./staff-session";
import type { StaffMember } from "./staff-from-headers";

/**
 * Who may call what. Server actions are public POST endpoints, so every one names its guard in
 * `defineAction({ authorize })`; staff pages use the same role check through `staffForPage`.
 */

export class ForbiddenError extends UserError {
  constructor(message = "You are not allowed to do that.") {
    super(message, "forbidden");
  }
}

const REFUSED: Record<TStaffRole, string> = {
  owner: "Only a signed-in owner can do this. Sign in again as an owner.",
  host: "Only signed-in staff can do this. Sign in again.",
};

/** Owners may do everything hosts may. */
export function hasRole(staff: StaffMember | null, role: TStaffRole): staff is StaffMember {
  if (!staff) return false;
  return role === "host" ? true : staff.role === "owner";
}

/** The role check alone, for a staff member already looked up; throws ForbiddenError. */
export function assertRole(staff: StaffMember | null, role: TStaffRole): StaffMember {
  if (!hasRole(staff, role)) throw new ForbiddenError(REFUSED[role]);
  return staff;
}

/** The signed-in, active staff member with at least `role`, re-read from the database. */
export async function requireStaff(role: TStaffRole): Promise<StaffMember> {
  return assertRole(await currentStaff(), role);
}

/** The shopper behind the signed cookie the proxy issues; without it there is no cart to act on. */
export async function requireShopper(): Promise<{ shopperId: string }> {
  const shopperId = await currentShopperId();
  if (!shopperId) throw new UserError("Please enable cookies: your cart is kept in one.", "unauthenticated");
  return { shopperId };
}

/**
 * A first action may come before the page asked who this is: it gets its identity here, within the
 * per-address limit on new identities.
 */
export async function requireShopperOrNew(): Promise<{ shopperId: string }> {
  return { shopperId: await currentOrNewShopperId() };
}

/** For actions anyone may call (sign-in, sign-out): the action itself decides what the caller gets. */
export async function allowAnyone(): Promise<void> {}
