import { ORDER_STATUS_LABELS, type TOrderStatus } from "@/lib/platform/contracts/orders";
import { OrderError } from "./order-error";

/** The only moves an order can make. Delivered and Cancelled are final; nothing is cancelled once shipped. */
export const LEGAL_MOVES: Record<TOrderStatus, readonly TOrderStatus[]> = {
  PLACED: ["PREPARING", "CANCELLED"],
  PREPARING: ["SHIPPED", "CANCELLED"],
  SHIPPED: ["DELIVERED"],
  DELIVERED: [],
  CANCELLED: [],
};

export function isLegalMove(from: TOrderStatus, to: TOrderStatus): boolean {
  return LEGAL_MOVES[from].includes(to);
}

/** Refuses an illegal move with a message that says what is possible instead. */
export function assertLegalMove(from: TOrderStatus, to: TOrderStatus): void {
  if (isLegalMove(from, to)) return;
  const label = (s: TOrderStatus) => ORDER_STATUS_LABELS[s].toLowerCase();
  if (to === "CANCELLED") {
    throw new OrderError(
      from === "CANCELLED"
        ? "This order is already cancelled."
        : `A ${label(from)} order cannot be cancelled: only orders not yet shipped can.`,
      "conflict",
    );
  }
  const next = LEGAL_MOVES[from].filter((s) => s !== "CANCELLED");
  const instead = next.length > 0 ? ` It can go to ${next.map(label).join(" or ")} next.` : " It is final.";
  throw new OrderError(`A ${label(from)} order cannot be moved to ${label(to)}.${instead}`, "conflict");
}
