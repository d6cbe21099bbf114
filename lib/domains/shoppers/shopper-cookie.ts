import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const SHOPPER_COOKIE = "ok_shopper";
export const SHOPPER_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

const ZShopperId = z.uuid();

function signature(shopperId: string, secret: string): string {
  return createHmac("sha256", secret).update(shopperId).digest("base64url");
}

export function signShopperId(shopperId: string, secret: string): string {
  return `${shopperId}.${signature(shopperId, secret)}`;
}

/** Returns the shopper id of a cookie value when its signature is ours, else null (tampered or foreign). */
export function verifyShopperCookie(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const id = value.slice(0, dot);
  if (!ZShopperId.safeParse(id).success) return null;
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(id, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return id;
}

export function newShopperId(): string {
  return randomUUID();
}

export function shopperCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: SHOPPER_COOKIE_MAX_AGE };
}
