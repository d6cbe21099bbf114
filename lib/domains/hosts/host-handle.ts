import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/platform/http/runtime-config";

/**
 * What shoppers may know a host by besides their name: stable (a list can be keyed by it, a host's own
 * console finds itself in it) but not the internal user id, which staff sessions and audit rows carry.
 * An HMAC with the shop's secret, prefixed so it can never double as another signature.
 */
export function hostHandle(staffId: string, secret = authSecret()): string {
  return createHmac("sha256", secret).update(`host-handle:${staffId}`).digest("base64url").slice(0, 16);
}
