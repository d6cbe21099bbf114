"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import type { TFormState } from "@/lib/contracts/form-state";
import { ZOrderSettingsInput } from "@/lib/contracts/orders";
import { pickFormFields, zodFieldErrors } from "@/lib/contracts/zod-form-errors";
import { updateOrderSettings } from "@/lib/settings/order-settings";
import { NOT_ALLOWED, ownerForAction } from "../_lib/owner-action";
import { invalidState } from "../_lib/failure-state";

/** /admin/settings orders form: the Preparing step's wording and the shop's time zone. */
export async function updateOrderSettingsAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const values = pickFormFields(formData, ["preparingLabel", "timezone"]);
  const parsed = ZOrderSettingsInput.safeParse(values);
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), values);
  await updateOrderSettings(db(), parsed.data);
  // Order pages are rendered per request; the settings page shows the saved values.
  revalidatePath("/admin/settings");
  return { status: "ok", message: "Order settings saved." };
}
