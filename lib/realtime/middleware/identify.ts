import { parse as parseCookies } from "cookie";
import type { Db } from "@/lib/db/client";
import type { StaffMember } from "@/lib/auth/staff-from-headers";
import { SHOPPER_COOKIE, verifyShopperCookie } from "@/lib/shoppers/shopper-cookie";
import { findShopper } from "@/lib/shoppers/ensure-shopper";
import { clientAddress } from "@/lib/server/client-address";
import type { RealtimeSocket } from "../socket-types";

export interface IdentifyDeps {
  db: () => Db;
  authSecret: string;
  identifyStaff: (headers: Headers) => Promise<StaffMember | null>;
  /** Proxies in front of the shop (TRUST_PROXY): the client address is read as for pages and actions. */
  trustProxy?: number;
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  return headers;
}

/**
 * Handshake middleware: the same signed shopper cookie as the pages, or a staff session. A socket with
 * neither is refused. Staff and shoppers who chose invisibility or send GPC are present but not counted.
 */
export function identify(deps: IdentifyDeps) {
  return async (socket: RealtimeSocket, next: (error?: Error) => void) => {
    try {
      const raw = socket.request.headers;
      const cookies = parseCookies(raw.cookie ?? "");
      const shopperId = verifyShopperCookie(cookies[SHOPPER_COOKIE], deps.authSecret);
      const staff =
        cookies["better-auth.session_token"] || cookies["__Secure-better-auth.session_token"]
          ? await deps.identifyStaff(toHeaders(raw))
          : null;
      if (!shopperId && !staff) return next(new Error("unidentified: load a page of the shop first"));

      const gpc = raw["sec-gpc"] === "1" || (socket.handshake.auth as { gpc?: unknown } | undefined)?.gpc === true;
      const shopper = shopperId ? await findShopper(deps.db(), shopperId) : null;
      socket.data = {
        shopperId,
        staff,
        person: staff ? `staff:${staff.id}` : `shopper:${shopperId}`,
        counted: !staff && !gpc && !shopper?.invisible,
        gpc,
        productRoom: null,
        ip: clientAddress(
          { forwardedFor: raw["x-forwarded-for"], remoteAddress: socket.handshake.address },
          deps.trustProxy ?? 0,
        ),
      };
      next();
    } catch {
      next(new Error("could not identify this connection"));
    }
  };
}
