import { cookies } from "next/headers";
import { authSecret } from "@/lib/platform/http/runtime-config";
import { SHOPPER_COOKIE, verifyShopperCookie } from "./shopper-cookie";

/** The shopper id from the signed cookie (see shopper-identity.ts), or null when it is missing or tampered with. */
export async function currentShopperId(): Promise<string | null> {
  const jar = await cookies();
  return verifyShopperCookie(jar.get(SHOPPER_COOKIE)?.value, authSecret());
}
