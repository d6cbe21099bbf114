"use server";

// Server actions of /admin/orders/[id]: move an order forward, mark it paid, cancel it. The guards are the
// domain's own permission checks (hosts and owners move and mark paid; only owners cancel), run first.
import { revalidatePath, updateTag } from "next/cache";
import { defineAction, type ActionResult } from "@/lib/platform/actions/define-action";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { cacheTags } from "@/lib/platform/cache-tags";
import { ZAdvanceOrderForm, ZCancelOrder, ZMarkPaid } from "@/lib/platform/contracts/orders";
import { db } from "@/lib/platform/db/client";
import { UserError } from "@/lib/platform/errors/user-error";
import { advanceOrder } from "@/lib/domains/orders/advance-order";
import { cancelOrder } from "@/lib/domains/orders/cancel-order";
import { markPaid } from "@/lib/domains/orders/mark-paid";
import { requireCanceller, requireFulfiller } from "@/lib/domains/orders/order-permissions";
import { removeUploads } from "@/lib/domains/uploads/remove-uploads";
import { uploadOptions } from "@/lib/domains/uploads/upload-options";
import { stepFormInput, storeStepPhoto } from "./read-photo";

const fulfiller = async () => requireFulfiller(await currentStaff());
const canceller = async () => requireCanceller(await currentStaff());
const HIDDEN = ["orderId", "to", "expectedStatus", "idempotencyKey"];

function refreshOrder(orderId: string): void {
  revalidatePath(`/admin/orders/${orderId}`);
  revalidatePath("/admin/orders");
}

/** Success or refusal, the page re-renders with the order as it is now (a refusal often means it moved). */
async function refreshing(
  orderId: string,
  work: () => Promise<ActionResult<undefined>>,
): Promise<ActionResult<undefined>> {
  try {
    return await work();
  } finally {
    refreshOrder(orderId);
  }
}

/** The order now counts as bought: "Bought N times" on its products' pages moves (their tags expire). */
function refreshCounts(slugs: string[]): void {
  for (const slug of slugs) updateTag(cacheTags.product(slug));
}

export const advanceOrderAction = defineAction({
  name: "advance order",
  authorize: fulfiller,
  schema: ZAdvanceOrderForm,
  fields: [...HIDDEN, "note", "carrier", "trackingNumber", "trackingUrl"],
  input: stepFormInput,
  hidden: HIDDEN,
  run: ({ photo: file, ...step }, staff) =>
    refreshing(step.orderId, async () => {
      // The guard ran first, so only staff ever make the server store a file here.
      const photo = await storeStepPhoto(file);
      if (!photo.ok) throw new UserError(photo.message, "invalid", { photo: photo.message });
      try {
        const result = await advanceOrder(db(), staff, step, photo.url);
        refreshCounts(result.countedSlugs);
        if (!result.created && photo.url) await removeUploads([photo.url], uploadOptions().dir);
        return { message: result.created ? "Done: the buyer sees this step now." : "Already done." };
      } catch (error) {
        if (photo.url) await removeUploads([photo.url], uploadOptions().dir);
        throw error;
      }
    }),
});

export const markPaidAction = defineAction({
  name: "mark order paid",
  authorize: fulfiller,
  schema: ZMarkPaid,
  fields: ["orderId", "idempotencyKey"],
  hidden: ["orderId", "idempotencyKey"],
  run: (input, staff) =>
    refreshing(input.orderId, async () => {
      const result = await markPaid(db(), staff, input);
      refreshCounts(result.countedSlugs);
      return { message: result.created ? "Payment recorded." : "Already recorded." };
    }),
});

export const cancelOrderAction = defineAction({
  name: "cancel order",
  authorize: canceller,
  schema: ZCancelOrder,
  fields: ["orderId", "expectedStatus", "idempotencyKey", "note"],
  hidden: ["orderId", "expectedStatus", "idempotencyKey"],
  run: (input, staff) =>
    refreshing(input.orderId, async () => {
      const result = await cancelOrder(db(), staff, input);
      // Stock came back: product pages and listings must not keep showing the old number.
      for (const slug of result.restockedSlugs) updateTag(cacheTags.product(slug));
      if (result.restockedSlugs.length > 0) updateTag(cacheTags.catalog);
      return { message: result.created ? "Cancelled; the items are back in stock." : "Already cancelled." };
    }),
});
