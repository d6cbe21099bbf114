import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { Prisma } from "@/lib/platform/db/generated/client";
import { isUniqueViolation } from "@/lib/platform/db/prisma-errors";
import { enqueueOrderMail } from "@/lib/domains/mail/enqueue-order-mail";
import { mailConfig } from "@/lib/domains/mail/mail-config";
import { ORDER_STATUS_LABELS, type TOrderProgressed, type TOrderStatus } from "@/lib/platform/contracts/orders";
import { OrderError } from "./order-error";
import { orderEventSelect, orderStepDto } from "./order-step-dto";
import { assertLegalMove } from "./order-transitions";

export interface StepDetails {
  note: string;
  photoUrl?: string | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  trackingUrl?: string | null;
}

export interface MoveRequest {
  orderId: string;
  /** The status the staff member saw: the move only happens if the order is still there. */
  from: TOrderStatus;
  to: TOrderStatus;
  staff: StaffMember;
  idempotencyKey: string;
  details: StepDetails;
  /** Cancel: put the order's items back in stock, atomically with the move. */
  restock?: boolean;
}

export interface MoveResult {
  progressed: TOrderProgressed;
  /** False when this idempotency key had already made the step (a double click): nothing new happened. */
  created: boolean;
  /** Slugs of the products whose stock came back (restock only; empty otherwise). */
  restockedSlugs: string[];
}

/** An earlier step made with this key, as the buyer's page would have received it. */
export async function stepByKey(db: Db, orderId: string, idempotencyKey: string): Promise<TOrderProgressed | null> {
  const event = await db.orderEvent.findUnique({
    where: { orderId_idempotencyKey: { orderId, idempotencyKey } },
    select: { ...orderEventSelect, order: { select: { number: true, status: true, paidAt: true } } },
  });
  if (!event) return null;
  const { order, ...row } = event;
  return {
    orderId,
    number: order.number,
    status: order.status,
    paidAt: order.paidAt?.toISOString() ?? null,
    step: orderStepDto(row),
  };
}

/** Someone else moved the order first: say where it is now and who moved it, so nobody acts twice. */
async function conflict(db: Db, orderId: string): Promise<OrderError> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      status: true,
      events: { where: { kind: "STATUS" }, orderBy: { id: "desc" }, take: 1, select: { staffName: true } },
    },
  });
  if (!order) return new OrderError("There is no such order.", "not_found");
  const by = order.events[0]?.staffName;
  return new OrderError(
    `This order was already moved to ${ORDER_STATUS_LABELS[order.status]}${by ? ` by ${by}` : ""}. The page now shows where it is.`,
    "conflict",
  );
}

interface Moved {
  number: number;
  status: TOrderStatus;
  paidAt: Date | null;
  eventId: bigint;
  at: Date;
  slugs: string[] | null;
}

/**
 * One step of an order in ONE statement (a step's latency is what the buyer waits for): a conditional
 * update (`WHERE status = from`: of two staff acting at once one wins, the other is told who did), the
 * restock when cancelling, and the append-only OrderEvent. Data-modifying CTEs are atomic, and the
 * event's unique (order, idempotency key) makes a repeated click return the first step, not a second.
 */
export async function moveOrder(db: Db, request: MoveRequest): Promise<MoveResult> {
  const { orderId, from, to, staff, idempotencyKey, details } = request;
  assertLegalMove(from, to);
  const restock = request.restock
    ? Prisma.sql`
      UPDATE "Product" p SET "stock" = p."stock" + i.q, "updatedAt" = now()
      FROM (SELECT "productId", sum("quantity")::int AS q FROM "OrderItem" WHERE "orderId" = ${orderId}
            GROUP BY "productId") i, moved
      WHERE p."id" = i."productId"
      RETURNING p."slug"`
    : Prisma.sql`SELECT NULL::text AS "slug" WHERE FALSE`;

  const statement = Prisma.sql`
      WITH moved AS (
        UPDATE "Order" SET "status" = ${to}::"OrderStatus", "updatedAt" = now()
        WHERE "id" = ${orderId} AND "status" = ${from}::"OrderStatus"
        RETURNING "id", "number", "status", "paidAt"
      ), restocked AS (${restock}), event AS (
        INSERT INTO "OrderEvent" ("orderId", "kind", "staffId", "staffName", "fromStatus", "toStatus", "note",
                                  "photoUrl", "carrier", "trackingNumber", "trackingUrl", "idempotencyKey")
        SELECT "id", 'STATUS', ${staff.id}, ${staff.name}, ${from}::"OrderStatus", ${to}::"OrderStatus",
               ${details.note}, ${details.photoUrl ?? null}, ${details.carrier ?? null},
               ${details.trackingNumber ?? null}, ${details.trackingUrl ?? null}, ${idempotencyKey}
        FROM moved
        RETURNING "id", "at"
      )
      SELECT m."number", m."status"::text AS "status", m."paidAt", e."id" AS "eventId", e."at",
             (SELECT array_agg(DISTINCT "slug") FROM restocked) AS "slugs"
      FROM moved m, event e`;

  let rows: Moved[] = [];
  try {
    // A note is told to the buyer by email: its outbox row commits with the step, or neither does. Without
    // a note (or without mail) the step stays the one statement.
    const mailsBuyer = details.note.trim() !== "" && mailConfig() !== null;
    rows = mailsBuyer
      ? await db.$transaction(async (tx) => {
          const moved = await tx.$queryRaw<Moved[]>(statement);
          const event = moved[0];
          if (event) await enqueueOrderMail(tx, { orderId, kind: "step", orderEventId: event.eventId });
          return moved;
        })
      : await db.$queryRaw<Moved[]>(statement);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const moved = rows[0];
  if (moved) {
    const progressed: TOrderProgressed = {
      orderId,
      number: moved.number,
      status: moved.status,
      paidAt: moved.paidAt?.toISOString() ?? null,
      step: orderStepDto({
        id: moved.eventId,
        kind: "STATUS",
        at: moved.at,
        fromStatus: from,
        toStatus: to,
        staffName: staff.name,
        note: details.note,
        photoUrl: details.photoUrl ?? null,
        carrier: details.carrier ?? null,
        trackingNumber: details.trackingNumber ?? null,
        trackingUrl: details.trackingUrl ?? null,
        staff: { image: staff.image },
      }),
    };
    return { progressed, created: true, restockedSlugs: moved.slugs ?? [] };
  }
  // Nothing moved: the same click may have won already (or in a twin request), else someone else was faster.
  const twin = await stepByKey(db, orderId, idempotencyKey);
  if (twin) return { progressed: twin, created: false, restockedSlugs: [] };
  throw await conflict(db, orderId);
}
