import { createHmac } from "node:crypto";
import { authSecret, publicOrigin } from "@/lib/server/runtime-config";

/**
 * The order's private link: `${PUBLIC_ORIGIN}/orders/<id>?key=<base64url HMAC-SHA256(AUTH_SECRET, id)>`.
 * Same formula as `orderPrivateLink` in lib/orders/order-link.ts (orders branch); swap to that at merge.
 */
export function privateOrderLink(orderId: string, origin = publicOrigin(), secret = authSecret()): string {
  const url = new URL(`/orders/${encodeURIComponent(orderId)}`, origin);
  url.searchParams.set("key", createHmac("sha256", secret).update(orderId).digest("base64url"));
  return url.toString();
}
