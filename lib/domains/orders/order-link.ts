import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret, publicOrigin } from "@/lib/platform/http/runtime-config";

/**
 * The key of an order's private link: an HMAC of the order id with AUTH_SECRET (base64url). The id is
 * prefixed with the link's purpose so this signature can never double as a shopper cookie's (which signs
 * a bare UUID with the same secret). Unguessable without the secret; rotating the secret revokes every link.
 */
export function orderKey(orderId: string, secret: string): string {
  return createHmac("sha256", secret).update(`order-link:${orderId}`).digest("base64url");
}

export function isOrderKey(orderId: string, key: string | null | undefined, secret: string): boolean {
  if (!key) return false;
  const given = Buffer.from(key);
  const expected = Buffer.from(orderKey(orderId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The path of the buyer's private link, e.g. for a redirect. */
export function orderPrivatePath(orderId: string, secret: string = authSecret()): string {
  return `/orders/${orderId}?key=${orderKey(orderId, secret)}`;
}

/** The full private link: it grants the buyer's view of the order from any browser (for pages and mail). */
export function orderPrivateLink(orderId: string, origin = publicOrigin(), secret = authSecret()): string {
  return new URL(orderPrivatePath(orderId, secret), origin).toString();
}
