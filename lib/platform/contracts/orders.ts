import "./zod-browser";
import { z } from "zod";
import { zBlock, zLine } from "./text";

export const ORDER_STATUSES = ["PLACED", "PREPARING", "SHIPPED", "DELIVERED", "CANCELLED"] as const;
export const ZOrderStatus = z.enum(ORDER_STATUSES);
export type TOrderStatus = z.infer<typeof ZOrderStatus>;

/** The steps staff move an order forward to (Cancel is its own action). */
export const ZAdvanceTarget = z.enum(["PREPARING", "SHIPPED", "DELIVERED"]);
export type TAdvanceTarget = z.infer<typeof ZAdvanceTarget>;

const ZIdempotencyKey = z.uuid("Missing click key: reload the page and try again");
const ZOrderId = z.uuid("Unknown order");
const optionalText = (max: number, label: string) =>
  zLine()
    .max(max, `${label} must be at most ${max} characters`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null);

/** A public note to the buyer, shown on their order page. */
const ZNote = zBlock().max(500, "Keep the note under 500 characters").default("");

/**
 * One step forward, as the staff member saw the order: `expectedStatus` is the status on their screen,
 * so a step someone else took in the meantime is refused instead of applied twice.
 */
export const ZAdvanceOrder = z
  .object({
    orderId: ZOrderId,
    to: ZAdvanceTarget,
    expectedStatus: ZOrderStatus,
    idempotencyKey: ZIdempotencyKey,
    note: ZNote,
    carrier: optionalText(60, "Carrier"),
    trackingNumber: optionalText(80, "Tracking number"),
    trackingUrl: zLine()
      .max(500)
      .transform((v) => (v === "" ? null : v))
      .nullable()
      .default(null)
      .refine(
        (v) => v === null || /^https?:\/\/[^\s]+$/i.test(v),
        "The tracking link must be a web address starting with https://",
      ),
  })
  .strict();
export type TAdvanceOrder = z.infer<typeof ZAdvanceOrder>;

/** The step form: the step and its optional photo (checked on the server by its bytes, as product images are). */
export const ZAdvanceOrderForm = ZAdvanceOrder.extend({
  photo: z.file("Choose an image file").nullable().default(null),
});

export const ZCancelOrder = z
  .object({ orderId: ZOrderId, expectedStatus: ZOrderStatus, idempotencyKey: ZIdempotencyKey, note: ZNote })
  .strict();
export type TCancelOrder = z.infer<typeof ZCancelOrder>;

export const ZMarkPaid = z.object({ orderId: ZOrderId, idempotencyKey: ZIdempotencyKey }).strict();
export type TMarkPaid = z.infer<typeof ZMarkPaid>;

/** "#1042", "1042" → 1042. */
export const ZOrderNumber = z
  .string()
  .trim()
  .regex(/^#?\d{1,9}$/, "Enter the order number, e.g. #1042")
  .transform((v) => Number(v.replace("#", "")));

/** Find my order: both parts must match; the answer never says which one did not. */
export const ZOrderLookup = z
  .object({
    number: ZOrderNumber,
    // Trimmed before the format check: a pasted address often carries a space.
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter the email address you ordered with")),
  })
  .strict();
export type TOrderLookup = z.infer<typeof ZOrderLookup>;

/** The admin list's URL: ?status=&q=&after= (after is an opaque keyset cursor). */
export const ZOrderListQuery = z.object({
  status: ZOrderStatus.optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  after: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .catch(undefined),
});
export type TOrderListQuery = z.infer<typeof ZOrderListQuery>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The owner's order settings at /admin/settings. */
export const ZOrderSettingsInput = z
  .object({
    preparingLabel: zLine().min(1, "Name the Preparing step").max(60, "Keep it under 60 characters"),
    timezone: zLine()
      .min(1, "Choose a time zone")
      .refine(isTimeZone, "Unknown time zone: use an IANA name such as Europe/Lisbon"),
    // The bound on stock held by pay-on-delivery orders (lib/domains/checkout/unpaid-stock-bound.ts).
    unpaidUnitsPerOrder: z.coerce
      .number({ error: "Enter a number of units" })
      .int("Enter a whole number")
      .min(1, "At least 1")
      .max(1000, "At most 1000"),
    unpaidUnitsPerSource: z.coerce
      .number({ error: "Enter a number of units" })
      .int("Enter a whole number")
      .min(1, "At least 1")
      .max(10000, "At most 10000"),
  })
  .strict()
  .refine((s) => s.unpaidUnitsPerSource >= s.unpaidUnitsPerOrder, {
    path: ["unpaidUnitsPerSource"],
    message: "At least as many as one order may hold",
  });
export type TOrderSettingsInput = z.infer<typeof ZOrderSettingsInput>;

/** Who took a step; null for the buyer (placing the order) and the system. */
export const ZOrderStepActor = z.object({ name: z.string(), avatarUrl: z.string().nullable() });

/** One real step on an order's timeline. Steps are only ever added, never edited. */
export const ZOrderStep = z.object({
  /** The OrderEvent id, or "placed" for the order itself. */
  id: z.string(),
  kind: z.enum(["placed", "status", "paid"]),
  at: z.iso.datetime(),
  fromStatus: ZOrderStatus.nullable(),
  toStatus: ZOrderStatus,
  staff: ZOrderStepActor.nullable(),
  note: z.string(),
  photoUrl: z.string().nullable(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  trackingUrl: z.string().nullable(),
});
export type TOrderStep = z.infer<typeof ZOrderStep>;

/** An order's state and every step it took, oldest first. */
export const ZOrderTimeline = z.object({
  orderId: z.string(),
  status: ZOrderStatus,
  paidAt: z.iso.datetime().nullable(),
  steps: z.array(ZOrderStep),
});
export type TOrderTimeline = z.infer<typeof ZOrderTimeline>;

/** Server → order audience and staff: a step was taken. */
export const ZOrderProgressed = z.object({
  orderId: z.string(),
  number: z.number().int(),
  status: ZOrderStatus,
  paidAt: z.iso.datetime().nullable(),
  step: ZOrderStep,
});
export type TOrderProgressed = z.infer<typeof ZOrderProgressed>;

/** A row of the admin list; also what staff are told when an order is placed. */
export const ZOrderSummary = z.object({
  id: z.string(),
  number: z.number().int(),
  status: ZOrderStatus,
  paidAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  customerName: z.string(),
  email: z.string(),
  totalCents: z.number().int(),
  currency: z.string(),
  itemCount: z.number().int(),
  paymentMethod: z.string(),
});
export type TOrderSummary = z.infer<typeof ZOrderSummary>;

/** order:watch — join an order's audience: the buyer's shopper, staff, or the holder of its private link key. */
export const ZOrderWatch = z
  .object({
    orderId: ZOrderId,
    key: z
      .string()
      .max(100)
      .regex(/^[A-Za-z0-9_-]*$/)
      .optional(),
  })
  .strict();
export type TOrderWatch = z.infer<typeof ZOrderWatch>;

export const ORDER_STATUS_LABELS: Record<TOrderStatus, string> = {
  PLACED: "Placed",
  PREPARING: "Preparing",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

/** The order number as people see it. */
export function orderNumberLabel(number: number): string {
  return `#${number}`;
}
