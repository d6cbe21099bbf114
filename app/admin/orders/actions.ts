"use server";

// Server actions of /admin/orders/[id]: move an order forward, mark it paid, cancel it. Each authorizes
// itself (the domain refuses anyone but hosts and owners, and cancelling to anyone but owners).
import { revalidatePath, updateTag } from "next/cache";
import type { z } from "zod";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { cacheTags } from "@/lib/platform/cache-tags";
import { ZAdvanceOrder, ZCancelOrder, ZMarkPaid } from "@/lib/platform/contracts/orders";
import { pickFormFields, zodFieldErrors } from "@/lib/platform/contracts/zod-form-errors";
import { db } from "@/lib/platform/db/client";
import { isUserError } from "@/lib/platform/errors/user-error";
import { logger } from "@/lib/platform/log/logger";
import { advanceOrder } from "@/lib/domains/orders/advance-order";
import { cancelOrder } from "@/lib/domains/orders/cancel-order";
import { markPaid } from "@/lib/domains/orders/mark-paid";
import { removeUploads } from "@/lib/domains/uploads/remove-uploads";
import { uploadOptions } from "@/lib/domains/uploads/upload-options";
import type { TOrderActionState } from "@/components/orders/order-action-state";
import { storeStepPhoto } from "./read-photo";

const STEP_FIELDS = [
  "orderId",
  "to",
  "expectedStatus",
  "idempotencyKey",
  "note",
  "carrier",
  "trackingNumber",
  "trackingUrl",
];

function refreshOrder(orderId: unknown): void {
  if (typeof orderId === "string") revalidatePath(`/admin/orders/${orderId}`);
  revalidatePath("/admin/orders");
}

/** The order now counts as bought: "Bought N times" on its products' pages moves (their tags expire). */
function refreshCounts(slugs: string[]): void {
  for (const slug of slugs) updateTag(cacheTags.product(slug));
}

function invalid(error: z.ZodError, values: Record<string, string>, at: number): TOrderActionState {
  const fieldErrors = zodFieldErrors(error);
  return { status: "error", message: fieldErrors[""] ?? "Check the highlighted fields.", fieldErrors, values, at };
}

/** A refusal people can read (and the page re-rendered with the order as it is now), or a logged failure. */
function failed(error: unknown, orderId: unknown, values: Record<string, string>, at: number): TOrderActionState {
  refreshOrder(orderId);
  if (isUserError(error)) return { status: "error", message: error.message, values, at };
  const ref = crypto.randomUUID().slice(0, 8);
  logger.error({ err: error, ref }, "order action failed");
  return {
    status: "error",
    message: `Something went wrong on our side (ref ${ref}). Nothing was changed.`,
    values,
    at,
  };
}

export async function advanceOrderAction(_s: TOrderActionState, formData: FormData): Promise<TOrderActionState> {
  const at = Date.now();
  const values = pickFormFields(formData, STEP_FIELDS);
  const parsed = ZAdvanceOrder.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values, at);
  const staff = await currentStaff();
  let photoUrl: string | null = null;
  try {
    // Only staff may store a file here: the domain would refuse the step, but the file would be written.
    if (staff) {
      const photo = await storeStepPhoto(formData);
      if (!photo.ok)
        return { status: "error", message: photo.message, fieldErrors: { photo: photo.message }, values, at };
      photoUrl = photo.url;
    }
    const result = await advanceOrder(db(), staff, parsed.data, photoUrl);
    if (!result.created && photoUrl) await removeUploads([photoUrl], uploadOptions().dir);
    refreshCounts(result.countedSlugs);
    refreshOrder(parsed.data.orderId);
    return { status: "ok", message: result.created ? "Done: the buyer sees this step now." : "Already done.", at };
  } catch (error) {
    if (photoUrl) await removeUploads([photoUrl], uploadOptions().dir);
    return failed(error, parsed.data.orderId, values, at);
  }
}

export async function markPaidAction(_s: TOrderActionState, formData: FormData): Promise<TOrderActionState> {
  const at = Date.now();
  const values = pickFormFields(formData, ["orderId", "idempotencyKey"]);
  const parsed = ZMarkPaid.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values, at);
  try {
    const result = await markPaid(db(), await currentStaff(), parsed.data);
    refreshCounts(result.countedSlugs);
    refreshOrder(parsed.data.orderId);
    return { status: "ok", message: result.created ? "Payment recorded." : "Already recorded.", at };
  } catch (error) {
    return failed(error, parsed.data.orderId, values, at);
  }
}

export async function cancelOrderAction(_s: TOrderActionState, formData: FormData): Promise<TOrderActionState> {
  const at = Date.now();
  const values = pickFormFields(formData, ["orderId", "expectedStatus", "idempotencyKey", "note"]);
  const parsed = ZCancelOrder.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values, at);
  try {
    const result = await cancelOrder(db(), await currentStaff(), parsed.data);
    // Stock came back: product pages and listings must not keep showing the old number.
    for (const slug of result.restockedSlugs) updateTag(cacheTags.product(slug));
    if (result.restockedSlugs.length > 0) updateTag(cacheTags.catalog);
    refreshOrder(parsed.data.orderId);
    return {
      status: "ok",
      message: result.created ? "Cancelled; the items are back in stock." : "Already cancelled.",
      at,
    };
  } catch (error) {
    return failed(error, parsed.data.orderId, values, at);
  }
}
