import type { TOrderStep } from "@/lib/platform/contracts/orders";
import type { OrderEventKind, OrderStatus } from "@/lib/platform/db/generated/client";

/** The columns a timeline step is built from. */
export const orderEventSelect = {
  id: true,
  kind: true,
  at: true,
  fromStatus: true,
  toStatus: true,
  staffName: true,
  note: true,
  photoUrl: true,
  carrier: true,
  trackingNumber: true,
  trackingUrl: true,
  staff: { select: { image: true } },
} as const;

export interface OrderEventRow {
  id: bigint;
  kind: OrderEventKind;
  at: Date;
  fromStatus: OrderStatus;
  toStatus: OrderStatus;
  staffName: string | null;
  note: string;
  photoUrl: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  staff: { image: string | null } | null;
}

export function orderStepDto(row: OrderEventRow): TOrderStep {
  return {
    id: row.id.toString(),
    kind: row.kind === "PAID" ? "paid" : "status",
    at: row.at.toISOString(),
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    staff: row.staffName ? { name: row.staffName, avatarUrl: row.staff?.image ?? null } : null,
    note: row.note,
    photoUrl: row.photoUrl,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    trackingUrl: row.trackingUrl,
  };
}

/** The first step: the buyer placed the order (no staff member). */
export function placedStep(createdAt: Date): TOrderStep {
  return {
    id: "placed",
    kind: "placed",
    at: createdAt.toISOString(),
    fromStatus: null,
    toStatus: "PLACED",
    staff: null,
    note: "",
    photoUrl: null,
    carrier: null,
    trackingNumber: null,
    trackingUrl: null,
  };
}

/** Paid at checkout, by a provider that charges then: a real step with no staff member behind it. */
export function paidAtCheckoutStep(paidAt: Date, status: OrderStatus): TOrderStep {
  return { ...placedStep(paidAt), id: "paid-at-checkout", kind: "paid", fromStatus: status, toStatus: status };
}
