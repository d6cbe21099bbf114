import type { Db } from "@/lib/db/client";
import type { StaffMember } from "@/lib/auth/staff-from-headers";
import { Prisma } from "@/lib/db/generated/client";
import { ORDER_STATUS_LABELS, type TOrderProgressed, type TOrderStatus } from "@/lib/contracts/orders";
import { OrderError } from "./order-error";
import { orderEventSelect, orderStepDto } from "./order-step-dto";
import { assertLegalMove } from "./order-transitions";

type Tx = Prisma.TransactionClient;

export interface StepDetails {
  note: string;
  photoUrl?: string | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  trackingUrl?: string | null;
}

export interface MoveRequest<T> {
  orderId: string;
  /** The status the staff member saw: the move only happens if the order is still there. */
  from: TOrderStatus;
  to: TOrderStatus;
  staff: StaffMember;
  idempotencyKey: string;
  details: StepDetails;
  /** More work in the same transaction (cancel's restock), after the status moved. */
  alsoInTransaction?: (tx: Tx) => Promise<T>;
}

export interface MoveResult<T> {
  progressed: TOrderProgressed;
  /** False when this idempotency key had already made the step (a double click): nothing new happened. */
  created: boolean;
  extra: T | null;
}

const progressSelect = { number: true, status: true, paidAt: true } as const;

async function stepByKey(db: Db | Tx, orderId: string, idempotencyKey: string) {
  const event = await db.orderEvent.findUnique({
    where: { orderId_idempotencyKey: { orderId, idempotencyKey } },
    select: { ...orderEventSelect, order: { select: progressSelect } },
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

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
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

/**
 * One step of an order: a conditional update (`WHERE status = from`, so of two staff acting at once one
 * wins and the other is told who did) and its append-only OrderEvent, in one transaction. The event's
 * (order, idempotency key) is unique, so a repeated click returns the first step instead of a second.
 */
export async function moveOrder<T>(db: Db, request: MoveRequest<T>): Promise<MoveResult<T>> {
  const { orderId, from, to, staff, idempotencyKey, details } = request;
  const earlier = await stepByKey(db, orderId, idempotencyKey);
  if (earlier) return { progressed: earlier, created: false, extra: null };
  assertLegalMove(from, to);

  try {
    const done = await db.$transaction(async (tx) => {
      const moved = await tx.order.updateMany({ where: { id: orderId, status: from }, data: { status: to } });
      if (moved.count === 0) return null;
      const extra = request.alsoInTransaction ? await request.alsoInTransaction(tx) : null;
      const event = await tx.orderEvent.create({
        data: {
          orderId,
          kind: "STATUS",
          staffId: staff.id,
          staffName: staff.name,
          fromStatus: from,
          toStatus: to,
          note: details.note,
          photoUrl: details.photoUrl ?? null,
          carrier: details.carrier ?? null,
          trackingNumber: details.trackingNumber ?? null,
          trackingUrl: details.trackingUrl ?? null,
          idempotencyKey,
        },
        select: { ...orderEventSelect, order: { select: progressSelect } },
      });
      const { order, ...row } = event;
      const progressed: TOrderProgressed = {
        orderId,
        number: order.number,
        status: order.status,
        paidAt: order.paidAt?.toISOString() ?? null,
        step: orderStepDto(row),
      };
      return { progressed, extra };
    });
    if (done) return { ...done, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // Nothing moved: the same click may have won in a twin request, else someone else was faster.
  const twin = await stepByKey(db, orderId, idempotencyKey);
  if (twin) return { progressed: twin, created: false, extra: null };
  throw await conflict(db, orderId);
}
