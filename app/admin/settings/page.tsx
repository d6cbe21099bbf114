import type { Metadata } from "next";
import { db } from "@/lib/platform/db/client";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { SettingsForm } from "@/components/admin/settings-form";
import { LiveSettingsForm } from "@/components/admin/live-settings-form";
import { OrderSettingsForm } from "@/components/admin/order-settings-form";
import { getOrderSettings } from "@/lib/domains/settings/order-settings";
import { updateKitchenHoursAction, updateLiveSettingsAction, updateSettingsAction } from "./actions";
import { KitchenHoursForm } from "@/components/admin/kitchen-hours-form";
import { getKitchenSchedule } from "@/lib/domains/kitchen-hours/kitchen-schedule";
import { updateOrderSettingsAction } from "./order-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Store settings" };

export default async function AdminSettingsPage() {
  if (!(await staffForPage("owner", "/admin/settings"))) return <ForbiddenNotice needed="owner" />;
  const [settings, orderSettings, schedule] = await Promise.all([
    getStoreSettings(db()),
    getOrderSettings(db()),
    getKitchenSchedule(db()),
  ]);
  return (
    <main>
      <h1 className="mb-6 text-2xl font-semibold">Store settings</h1>
      <SettingsForm action={updateSettingsAction} settings={settings} />
      <h2 className="mb-4 mt-10 text-xl font-semibold">Open kitchen</h2>
      <LiveSettingsForm action={updateLiveSettingsAction} settings={settings} />
      <h2 className="mb-4 mt-10 text-xl font-semibold">Kitchen hours</h2>
      <KitchenHoursForm action={updateKitchenHoursAction} hours={schedule.hours} timezone={schedule.timezone} />
      <h2 className="mb-4 mt-10 text-xl font-semibold">Orders</h2>
      <OrderSettingsForm action={updateOrderSettingsAction} settings={orderSettings} />
    </main>
  );
}
