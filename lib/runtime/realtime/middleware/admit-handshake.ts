import type { IncomingMessage } from "node:http";
import { clientAddress } from "@/lib/platform/http/client-address";
import { SHOPPER_COOKIE } from "@/lib/domains/shoppers/shopper-cookie";
import { rawCredential, type HandshakeGate } from "../handshake-gate";

/** engine.io asks for every request; only those without a session id open a connection. */
function isHandshake(url: string | undefined): boolean {
  const query = url?.split("?", 2)[1];
  return !query || !new URLSearchParams(query).has("sid");
}

/**
 * engine.io's `allowRequest`, after the Origin check: null admits, a message refuses with an HTTP error
 * before the upgrade, the cookie signature or any database read.
 */
export function admitHandshake(req: IncomingMessage, gate: HandshakeGate, trustProxy: number): string | null {
  if (!isHandshake(req.url)) return null;
  if (gate.isCoolingDown(rawCredential(req.headers.cookie, SHOPPER_COOKIE)))
    return "Too many events: please wait a moment before reconnecting.";
  const address = clientAddress(
    { forwardedFor: req.headers["x-forwarded-for"], remoteAddress: req.socket.remoteAddress },
    trustProxy,
  );
  return gate.admit(address) ? null : "Too many connections from your address: please wait a moment.";
}
