import { cookies } from "next/headers";
import { authSecret, secureCookies } from "@/lib/platform/http/runtime-config";
import { currentShopperId } from "./current-shopper";
import { SHOPPER_COOKIE, newShopperId, shopperCookieOptions, signShopperId } from "./shopper-cookie";

/**
 * The shopper id from the signed cookie, or a new anonymous identity (cookie set on this response), and
 * whether it is new. Minting costs the shop a signature and nothing stored, so it is never refused: many
 * people share one address (an office, a carrier's NAT). What identities do is limited instead (Q&A
 * posting per shopper and address, unpaid orders per network). Only never-cached responses call this:
 * GET /api/shopper, which every shop page asks, and actions that need a shopper. Cached pages never set a
 * cookie, or a shared cache would hand one identity to many visitors.
 */
export async function currentOrNewShopper(): Promise<{ shopperId: string; isNew: boolean }> {
  const existing = await currentShopperId();
  if (existing) return { shopperId: existing, isNew: false };
  const shopperId = newShopperId();
  (await cookies()).set(SHOPPER_COOKIE, signShopperId(shopperId, authSecret()), shopperCookieOptions(secureCookies()));
  return { shopperId, isNew: true };
}

/** The shopper id from the cookie, or a new identity's (see currentOrNewShopper). */
export async function currentOrNewShopperId(): Promise<string> {
  return (await currentOrNewShopper()).shopperId;
}
