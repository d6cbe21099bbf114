/**
 * The client's address for per-address limits in pages and actions. server.ts drops any X-Forwarded-For
 * a client sent unless TRUST_PROXY is set, and Next then fills it from the socket; so the first entry is
 * the socket's peer, or the address the trusted proxy reported.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
