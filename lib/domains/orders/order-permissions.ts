import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { OrderError } from "./order-error";

/**
 * Who may do what with orders (also in the README):
 * - hosts and owners: see every order, move it forward (Preparing, Shipped, Delivered), mark it paid;
 * - owners only: cancel (it undoes a sale and puts the stock back);
 * - the buyer (their shopper cookie, or the order's private link): see their order and watch it live.
 */
export function mayFulfil(staff: StaffMember | null): staff is StaffMember {
  return staff !== null && (staff.role === "host" || staff.role === "owner");
}

export function mayCancel(staff: StaffMember | null): staff is StaffMember {
  return staff !== null && staff.role === "owner";
}

export function requireFulfiller(staff: StaffMember | null): StaffMember {
  if (!mayFulfil(staff)) throw new OrderError("Only the shop's hosts and owners can move orders.", "forbidden");
  return staff;
}

export function requireCanceller(staff: StaffMember | null): StaffMember {
  if (!mayCancel(staff)) throw new OrderError("Only an owner can cancel an order.", "forbidden");
  return staff;
}
