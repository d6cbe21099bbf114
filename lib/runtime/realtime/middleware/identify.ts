import { parse as parseCookies } from "cookie";
import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { SHOPPER_COOKIE, verifyShopperCookie } from "@/lib/domains/shoppers/shopper-cookie";
import { findShopper } from "@/lib/domains/shoppers/ensure-shopper";
import { clientAddress } from "@/lib/platform/http/client-address";
import { shopperPerson, staffPerson } from "@/lib/platform/contracts/rooms";
import type { Logger } from "pino";
import type { RealtimeSocket } from "../socket-types";

export interface IdentifyDeps {
  db: () => Db;
  authSecret: string;
  identifyStaff: (headers: Headers) => Promise<StaffMember | null>;
  /** Proxies in front of the shop (TRUST_PROXY): the client address is read as for pages and actions. */
  trustProxy?: number;
  log?: Logger;
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  return headers;
}

/** A refusal the client should retry (socket.io hands `data` to the client's connect_error). */
export class RetryableHandshakeError extends Error {
  readonly data = { retryable: true } as const;
}

/**
 * Handshake middleware: the same signed shopper cookie as the pages, or a staff session. A socket with
 * neither is refused. Staff and shoppers who chose invisibility or send GPC are present but not counted.
 * The signed cookie is the shopper's identity, so a shopper connects while the database is down (not
 * counted, since their invisibility choice cannot be read); staff need the database to check their
 * session, and get a retryable refusal when it fails.
 */
export function identify(deps: IdentifyDeps) {
  return async (socket: RealtimeSocket, next: (error?: Error) => void) => {
    const raw = socket.request.headers;
    const cookies = parseCookies(raw.cookie ?? "");
    const shopperId = verifyShopperCookie(cookies[SHOPPER_COOKIE], deps.authSecret);
    let staff: StaffMember | null = null;
    if (cookies["better-auth.session_token"] || cookies["__Secure-better-auth.session_token"]) {
      try {
        staff = await deps.identifyStaff(toHeaders(raw));
      } catch (err) {
        deps.log?.warn({ err }, "handshake: staff session could not be checked");
        return next(new RetryableHandshakeError("the shop cannot check your session right now; retrying"));
      }
    }
    if (!shopperId && !staff) return next(new Error("unidentified: load a page of the shop first"));

    const gpc = raw["sec-gpc"] === "1" || (socket.handshake.auth as { gpc?: unknown } | undefined)?.gpc === true;
    let invisible = true;
    if (shopperId && !staff) {
      try {
        invisible = (await findShopper(deps.db(), shopperId))?.invisible ?? false;
      } catch (err) {
        deps.log?.warn({ err }, "handshake: shopper profile unavailable; connected without being counted");
      }
    }
    socket.data = {
      shopperId,
      staff,
      // One of the two is known (refused above otherwise).
      person: staff ? staffPerson(staff.id) : shopperPerson(shopperId ?? ""),
      counted: !staff && !gpc && !invisible,
      gpc,
      productRoom: null,
      ip: clientAddress(
        { forwardedFor: raw["x-forwarded-for"], remoteAddress: socket.handshake.address },
        deps.trustProxy ?? 0,
      ),
    };
    next();
  };
}
