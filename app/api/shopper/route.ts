// GET /api/shopper — the current anonymous shopper's alias and privacy choices, for the privacy panel.
// A missing or tampered shopper cookie is replaced here with a fresh identity.
import { cookies } from "next/headers";
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
  const { alias, invisible, showAliasInFeed } = await ensureShopper(db(), shopperId);
  return Response.json({ alias, invisible, showAliasInFeed }, { headers: { "Cache-Control": "no-store" } });
}
