"use server";

import { updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import type { TFormState } from "@/lib/contracts/form-state";
import { pickFormFields, zodFieldErrors } from "@/lib/contracts/zod-form-errors";
import { ZStoreSettingsInput, updateStoreSettings } from "@/lib/settings/store-settings";
import { NOT_ALLOWED, ownerForAction } from "../_lib/owner-action";
import { invalidState } from "../_lib/failure-state";

/** /admin/settings form: store name, currency, promised response time. */
export async function updateSettingsAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const values = pickFormFields(formData, ["name", "currency", "promisedResponseMinutes"]);
  const parsed = ZStoreSettingsInput.safeParse(values);
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), values);
  await updateStoreSettings(db(), parsed.data);
  // Prices and the store name render on every storefront page.
  updateTag(cacheTags.settings);
  updateTag(cacheTags.catalog);
  return { status: "ok", message: "Settings saved." };
}
