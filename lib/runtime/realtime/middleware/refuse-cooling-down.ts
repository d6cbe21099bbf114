import type { EventBudget } from "../event-budget";
import { SHOPPER_COOKIE } from "@/lib/domains/shoppers/shopper-cookie";
import { rawCredential, type HandshakeGate } from "../handshake-gate";
import type { RealtimeSocket } from "../socket-types";

/**
 * A person disconnected for flooding is refused at the handshake until their refusal window passes; the
 * gate remembers the credential, so its next handshakes are refused before the cookie is even checked.
 */
export function refuseCoolingDown(budget: EventBudget, gate?: HandshakeGate) {
  return (socket: RealtimeSocket, next: (error?: Error) => void) => {
    void budget.isBlocked(socket.data.person).then((blocked) => {
      if (!blocked) return next();
      gate?.coolDown(rawCredential(socket.request.headers.cookie, SHOPPER_COOKIE));
      const refusal = new Error("Too many events: please wait a moment before reconnecting.") as Error & {
        data?: unknown;
      };
      refusal.data = { retryable: true };
      next(refusal);
    }, next);
  };
}
