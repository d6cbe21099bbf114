// GET /api/shopper — who this tab is: the anonymous shopper's alias and privacy choices, and the signed-in
// staff member's name if any. A missing or tampered shopper cookie is replaced here with a fresh identity.
import { cookies } from "next/headers";
import type { TViewer } from "@/lib/contracts/presence";
import { currentStaff } from "@/lib/auth/staff-session";
import { db } from "@/lib/db/client";
import { authSecret } from "@/lib/server/runtime-config";
import { ensureShopper } from "@/lib/shoppers/ensure-shopper";
import { currentShopperId } from "@/lib/shoppers/current-shopper";
import { SHOPPER_COOKIE, newShopperId, shopperCookieOptions, signShopperId } from "@/lib/shoppers/shopper-cookie";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  let shopperId = await currentShopperId();
  if (!shopperId) {
    shopperId = newShopperId();
    const secure = new URL(request.url).protocol === "https:";
    (await cookies()).set(SHOPPER_COOKIE, signShopperId(shopperId, authSecret()), shopperCookieOptions(secure));
  }
  const [{ alias, invisible, showAliasInFeed, helpsOthers }, staff] = await Promise.all([
    ensureShopper(db(), shopperId),
    currentStaff(),
  ]);
  const viewer: TViewer = { alias, invisible, showAliasInFeed, helpsOthers, staff: staff ? { name: staff.name } : null };
  return Response.json(viewer, { headers: { "Cache-Control": "no-store" } });
}
