"use server";

import { updateTag } from "next/cache";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireStaff } from "@/lib/domains/auth/guards";
import { cacheTags } from "@/lib/platform/cache-tags";
import { db } from "@/lib/platform/db/client";
import { ZLiveSettingsInput, ZStoreSettingsInput } from "@/lib/platform/contracts/settings";
import { updateLiveSettings, updateStoreSettings } from "@/lib/domains/settings/store-settings";
import { announceSettingsChanged } from "@/lib/domains/settings/live-settings";
import { ZKitchenHoursForm } from "@/lib/platform/contracts/kitchen-hours";
import { setKitchenHours } from "@/lib/domains/kitchen-hours/kitchen-schedule";

const owner = () => requireStaff("owner");

/** /admin/settings form: store name, currency, promised response time. */
export const updateSettingsAction = defineAction({
  name: "update store settings",
  authorize: owner,
  schema: ZStoreSettingsInput,
  fields: ["name", "currency", "promisedResponseMinutes"],
  run: async (input) => {
    await updateStoreSettings(db(), input);
    await announceSettingsChanged(db());
    // Prices and the store name render on every storefront page.
    updateTag(cacheTags.settings);
    updateTag(cacheTags.catalog);
    return { message: "Settings saved." };
  },
});

/** /admin/settings open-kitchen form: presence threshold, broadcast kinds, retention, the Q&A word and link filter. */
export const updateLiveSettingsAction = defineAction({
  name: "update open kitchen settings",
  authorize: owner,
  schema: ZLiveSettingsInput,
  fields: ["presenceThreshold", "retentionDays", "blockedWords", "buyerHelpAfterMinutes"],
  input: (formData, fields) => ({
    ...fields,
    broadcastKinds: formData.getAll("broadcastKinds"),
    blockLinks: formData.get("blockLinks") === "on",
  }),
  run: async (input) => {
    await updateLiveSettings(db(), input);
    // Every instance's realtime layer re-reads settings now; thresholds and kinds also shape cached pages.
    await announceSettingsChanged(db());
    updateTag(cacheTags.settings);
    updateTag(cacheTags.activity);
    return { message: "Open kitchen settings saved." };
  },
});

const DAY_FIELDS = [0, 1, 2, 3, 4, 5, 6].flatMap((d) => [`open-${d}`, `close-${d}`]);

/** /admin/settings kitchen hours: weekly spans in the store's zone and their exceptions. */
export const updateKitchenHoursAction = defineAction({
  name: "update kitchen hours",
  authorize: owner,
  schema: ZKitchenHoursForm,
  fields: ["exceptions", ...DAY_FIELDS],
  invalidMessage:
    "Check the hours: times like 09:00, closing after opening; exceptions like “2026-12-24 closed” or “2026-12-31 10:00-14:00”.",
  input: (_formData, fields) => ({
    days: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ open: fields[`open-${d}`] ?? "", close: fields[`close-${d}`] ?? "" })),
    exceptions: fields.exceptions ?? "",
  }),
  run: async (hours) => {
    await setKitchenHours(db(), hours);
    // Product pages carry the hours (the browser works out open or closed from them).
    updateTag(cacheTags.settings);
    return { message: "Kitchen hours saved." };
  },
});
