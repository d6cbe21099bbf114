"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireStaff } from "@/lib/domains/auth/guards";
import { db } from "@/lib/platform/db/client";
import { ZOrderSettingsInput } from "@/lib/platform/contracts/orders";
import { updateOrderSettings } from "@/lib/domains/settings/order-settings";

/** /admin/settings orders form: the Preparing step's wording, the time zone, the unpaid-stock bound. */
export const updateOrderSettingsAction = defineAction({
  name: "updateOrderSettings",
  authorize: () => requireStaff("owner"),
  schema: ZOrderSettingsInput,
  fields: ["preparingLabel", "timezone", "unpaidUnitsPerOrder", "unpaidUnitsPerSource"],
  run: async (input) => {
    await updateOrderSettings(db(), input);
    // Order pages are rendered per request; the settings page shows the saved values.
    revalidatePath("/admin/settings");
    return { message: "Order settings saved." };
  },
});
