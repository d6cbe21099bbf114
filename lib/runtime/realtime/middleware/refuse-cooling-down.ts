import type { EventBudget } from "../event-budget";
import type { RealtimeSocket } from "../socket-types";

/** A person disconnected for flooding is refused at the handshake until their refusal window passes. */
export function refuseCoolingDown(budget: EventBudget) {
  return (socket: RealtimeSocket, next: (error?: Error) => void) => {
    void budget.isBlocked(socket.data.person).then((blocked) => {
      if (!blocked) return next();
      const refusal = new Error("Too many events: please wait a moment before reconnecting.") as Error & {
        data?: unknown;
      };
      refusal.data = { retryable: true };
      next(refusal);
    }, next);
  };
}
