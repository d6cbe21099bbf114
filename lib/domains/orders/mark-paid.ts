import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import type { TMarkPaid, TOrderProgressed, TOrderStatus } from "@/lib/platform/contracts/orders";
import { OrderError } from "./order-error";
import { requireFulfiller } from "./order-permissions";
import { orderStepDto } from "./order-step-dto";
import { isUniqueViolation } from "@/lib/platform/db/prisma-errors";
import { stepByKey } from "./move-order";
import { publishOrderProgress } from "./publish-order-progress";
import { announcePurchase } from "@/lib/domains/social-proof/announce-purchase";

export interface MarkPaidResult {
  progressed: TOrderProgressed;
  created: boolean;
  /** Products whose public purchase counts moved (the order started to count as bought). */
  countedSlugs: string[];
}

interface Paid {
  number: number;
  status: TOrderStatus;
  paidAt: Date;
  eventId: bigint;
  at: Date;
}

/**
 * Records that payment arrived (e.g. the courier's cash-on-delivery transfer), for a host or owner. The
 * status does not change; the step is its own event, written in the same statement. Once only: a
 * repeated click returns the first record, anyone else trying again is told who recorded it.
 */
export async function markPaid(db: Db, staff: StaffMember | null, input: TMarkPaid): Promise<MarkPaidResult> {
  const actor = requireFulfiller(staff);
  const { orderId, idempotencyKey } = input;
  let rows: Paid[] = [];
  try {
    rows = await db.$queryRaw<Paid[]>`
      WITH paid AS (
        UPDATE "Order" SET "paidAt" = now(), "updatedAt" = now()
        WHERE "id" = ${orderId} AND "paidAt" IS NULL AND "status" <> 'CANCELLED'
        RETURNING "id", "number", "status", "paidAt"
      ), event AS (
        INSERT INTO "OrderEvent" ("orderId", "kind", "staffId", "staffName", "fromStatus", "toStatus", "idempotencyKey")
        SELECT "id", 'PAID', ${actor.id}, ${actor.name}, "status", "status", ${idempotencyKey} FROM paid
        RETURNING "id", "at"
      )
      SELECT p."number", p."status"::text AS "status", p."paidAt", e."id" AS "eventId", e."at" FROM paid p, event e`;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const paid = rows[0];
  if (paid) {
    const progressed: TOrderProgressed = {
      orderId,
      number: paid.number,
      status: paid.status,
      paidAt: paid.paidAt.toISOString(),
      step: orderStepDto({
        id: paid.eventId,
        kind: "PAID",
        at: paid.at,
        fromStatus: paid.status,
        toStatus: paid.status,
        staffName: actor.name,
        note: "",
        photoUrl: null,
        carrier: null,
        trackingNumber: null,
        trackingUrl: null,
        staff: { image: actor.image },
      }),
    };
    publishOrderProgress(progressed);
    return { progressed, created: true, countedSlugs: await announcePurchase(db, orderId, "paid") };
  }
  const twin = await stepByKey(db, orderId, idempotencyKey);
  if (twin) return { progressed: twin, created: false, countedSlugs: [] };
  throw await whyNotPaid(db, orderId);
}

async function whyNotPaid(db: Db, orderId: string): Promise<OrderError> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      status: true,
      events: { where: { kind: "PAID" }, orderBy: { id: "desc" }, take: 1, select: { staffName: true } },
    },
  });
  if (!order) return new OrderError("There is no such order.", "not_found");
  if (order.status === "CANCELLED") return new OrderError("A cancelled order cannot be marked paid.", "conflict");
  const by = order.events[0]?.staffName;
  return new OrderError(`This order was already marked paid${by ? ` by ${by}` : " at checkout"}.`, "conflict");
}
