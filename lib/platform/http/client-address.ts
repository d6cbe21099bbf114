import { isIP } from "node:net";

/**
 * The header server.ts puts on every request it hands to Next, holding the address computed below.
 * Whatever a client sent under this name is overwritten, so pages, actions and routes can trust it.
 */
export const CLIENT_ADDRESS_HEADER = "x-open-kitchen-client-address";

export interface AddressSource {
  /** X-Forwarded-For as received: one header, or several (they form one list). */
  forwardedFor: string | string[] | undefined;
  /** The TCP peer: the client itself, or the nearest proxy. */
  remoteAddress: string | undefined;
}

/** An IP address in one spelling ("::ffff:10.0.0.1" → "10.0.0.1", ports and brackets dropped), or null. */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (/^::ffff:/i.test(address) && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * Who sent the request, for per-address limits. With `proxyHops` = 0 the TCP peer; behind N proxies the
 * Nth entry from the right of X-Forwarded-For. Each proxy appends the address it was reached from, so
 * the entries further left were written by the client and prove nothing.
 */
export function clientAddress(source: AddressSource, proxyHops: number): string {
  const peer = normalizeAddress(source.remoteAddress ?? "") ?? "unknown";
  if (proxyHops <= 0) return peer;
  const header = Array.isArray(source.forwardedFor) ? source.forwardedFor.join(",") : (source.forwardedFor ?? "");
  const chain = header
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped some of them, and the leftmost is the best we have.
  const entry = chain[Math.max(0, chain.length - proxyHops)];
  return (entry && normalizeAddress(entry)) || peer;
}

/** The address server.ts computed for this request (see CLIENT_ADDRESS_HEADER). */
export function clientAddressOf(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}

/**
 * The key per-address limits count under: an IPv6 client usually holds a whole /64, so it counts as one.
 */
export function addressLimitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : address.split(":");
  return `${groups
    .slice(0, 4)
    .map((g) => g.padStart(4, "0"))
    .join(":")}::/64`;
}
