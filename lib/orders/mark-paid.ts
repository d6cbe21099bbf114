import type { Db } from "@/lib/db/client";
import type { StaffMember } from "@/lib/auth/staff-from-headers";
import { Prisma } from "@/lib/db/generated/client";
import type { TMarkPaid, TOrderProgressed } from "@/lib/contracts/orders";
import { OrderError } from "./order-error";
import { requireFulfiller } from "./order-permissions";
import { orderEventSelect, orderStepDto } from "./order-step-dto";
import { publishOrderProgress } from "./publish-order-progress";

export interface MarkPaidResult {
  progressed: TOrderProgressed;
  created: boolean;
}

const select = { ...orderEventSelect, order: { select: { number: true, status: true, paidAt: true } } } as const;
type Row = Prisma.OrderEventGetPayload<{ select: typeof select }>;

function toProgressed(orderId: string, { order, ...row }: Row): TOrderProgressed {
  return {
    orderId,
    number: order.number,
    status: order.status,
    paidAt: order.paidAt?.toISOString() ?? null,
    step: orderStepDto(row),
  };
}

const byKey = (db: Db, orderId: string, idempotencyKey: string) =>
  db.orderEvent.findUnique({ where: { orderId_idempotencyKey: { orderId, idempotencyKey } }, select });

/**
 * Records that payment arrived (e.g. the courier's cash-on-delivery transfer), for a host or owner. The
 * status does not change; the step is its own event. Once only: a second attempt is told who did it.
 */
export async function markPaid(db: Db, staff: StaffMember | null, input: TMarkPaid): Promise<MarkPaidResult> {
  const actor = requireFulfiller(staff);
  const earlier = await byKey(db, input.orderId, input.idempotencyKey);
  if (earlier) return { progressed: toProgressed(input.orderId, earlier), created: false };

  try {
    const row = await db.$transaction(async (tx) => {
      const paid = await tx.order.updateMany({
        where: { id: input.orderId, paidAt: null, status: { not: "CANCELLED" } },
        data: { paidAt: new Date() },
      });
      if (paid.count === 0) return null;
      const { status } = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { status: true } });
      return tx.orderEvent.create({
        data: {
          orderId: input.orderId,
          kind: "PAID",
          staffId: actor.id,
          staffName: actor.name,
          fromStatus: status,
          toStatus: status,
          idempotencyKey: input.idempotencyKey,
        },
        select,
      });
    });
    if (row) {
      const progressed = toProgressed(input.orderId, row);
      publishOrderProgress(progressed);
      return { progressed, created: true };
    }
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const twin = await byKey(db, input.orderId, input.idempotencyKey);
  if (twin) return { progressed: toProgressed(input.orderId, twin), created: false };
  throw await whyNotPaid(db, input.orderId);
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
