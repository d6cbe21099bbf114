"use server";

import { updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import type { TFormState } from "@/lib/contracts/form-state";
import { pickFormFields, zodFieldErrors } from "@/lib/contracts/zod-form-errors";
import {
  ZLiveSettingsInput,
  ZStoreSettingsInput,
  updateLiveSettings,
  updateStoreSettings,
} from "@/lib/settings/store-settings";
import { announceSettingsChanged } from "@/lib/settings/live-settings";
import { NOT_ALLOWED, ownerForAction } from "../_lib/owner-action";
import { invalidState } from "../_lib/failure-state";

/** /admin/settings form: store name, currency, promised response time. */
export async function updateSettingsAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const values = pickFormFields(formData, ["name", "currency", "promisedResponseMinutes"]);
  const parsed = ZStoreSettingsInput.safeParse(values);
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), values);
  await updateStoreSettings(db(), parsed.data);
  await announceSettingsChanged(db());
  // Prices and the store name render on every storefront page.
  updateTag(cacheTags.settings);
  updateTag(cacheTags.catalog);
  return { status: "ok", message: "Settings saved." };
}

/** /admin/settings open-kitchen form: presence threshold, broadcast kinds, retention, the Q&A word and link filter. */
export async function updateLiveSettingsAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const values = pickFormFields(formData, ["presenceThreshold", "retentionDays", "blockedWords"]);
  const parsed = ZLiveSettingsInput.safeParse({
    ...values,
    broadcastKinds: formData.getAll("broadcastKinds"),
    blockLinks: formData.get("blockLinks") === "on",
  });
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), values);
  await updateLiveSettings(db(), parsed.data);
  // Every instance's realtime layer re-reads settings now; thresholds and kinds also shape cached pages.
  await announceSettingsChanged(db());
  updateTag(cacheTags.settings);
  updateTag(cacheTags.activity);
  return { status: "ok", message: "Open kitchen settings saved." };
}
