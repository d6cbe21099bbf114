import { cookies, headers } from "next/headers";
import { IdentityLimitError } from "@/lib/platform/rate-limit/identity-limiter";
import { identityLimiter } from "@/lib/platform/rate-limit/shop-limiters";
import { clientAddressOf } from "@/lib/platform/http/client-address";
import { authSecret, publicOrigin } from "@/lib/platform/http/runtime-config";
import { currentShopperId } from "./current-shopper";
import { SHOPPER_COOKIE, newShopperId, shopperCookieOptions, signShopperId } from "./shopper-cookie";

/**
 * The shopper id from the signed cookie, or a new anonymous identity (cookie set on this response) within
 * the per-address limit on new identities (IdentityLimitError, built here in the caller's bundle, when over). Only never-cached responses call
 * this: GET /api/shopper, which every shop page asks, and actions that need a shopper. Cached pages never
 * set a cookie, or a shared cache would hand one identity to many visitors.
 */
export async function currentOrNewShopperId(): Promise<string> {
  const existing = await currentShopperId();
  if (existing) return existing;
  const verdict = await identityLimiter().consume(clientAddressOf(await headers()));
  if (!verdict.allowed) throw new IdentityLimitError(verdict.retryAfterMs);
  const shopperId = newShopperId();
  const secure = publicOrigin().startsWith("https:");
  (await cookies()).set(SHOPPER_COOKIE, signShopperId(shopperId, authSecret()), shopperCookieOptions(secure));
  return shopperId;
}
