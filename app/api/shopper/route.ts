// GET /api/shopper — who this tab is: the anonymous shopper's alias, privacy choices and feed key, and the
// signed-in staff member's name if any. A missing or tampered shopper cookie is replaced here with a fresh
// identity; a brand-new one is answered without storing anything (its first action stores it).
import { headers } from "next/headers";
import type { TViewer } from "@/lib/platform/contracts/presence";
import { feedKeyOf } from "@/lib/domains/activity/activity-mark";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { db } from "@/lib/platform/db/client";
import { authSecret } from "@/lib/platform/http/runtime-config";
import { ensureShopper, newShopperProfile } from "@/lib/domains/shoppers/ensure-shopper";
import { currentOrNewShopper } from "@/lib/domains/shoppers/shopper-identity";
import { sendsGlobalPrivacyControl } from "@/lib/platform/http/global-privacy-control";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

export async function GET() {
  const { shopperId, isNew } = await currentOrNewShopper();
  const gpc = sendsGlobalPrivacyControl(await headers());
  const [{ alias, invisible, showAliasInFeed, helpsOthers }, staff] = await Promise.all([
    isNew ? newShopperProfile(shopperId) : ensureShopper(db(), shopperId, { gpc }),
    currentStaff(),
  ]);
  const viewer: TViewer = {
    alias,
    invisible,
    showAliasInFeed,
    helpsOthers,
    staff: staff ? { name: staff.name } : null,
    feedKey: feedKeyOf(authSecret(), shopperId),
  };
  return Response.json(viewer, { headers: noStore });
}
