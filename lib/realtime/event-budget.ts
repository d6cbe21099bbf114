import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface EventBudgetLimits {
  /** Events one socket may send per window. */
  events: { points: number; duration: number };
  /** Refused events per window after which the socket is disconnected. */
  refusals: { points: number; duration: number };
}

export const DEFAULT_EVENT_BUDGET: EventBudgetLimits = {
  events: { points: 40, duration: 10 },
  refusals: { points: 60, duration: 30 },
};

export type BudgetVerdict = "ok" | "refused" | "disconnect";

/**
 * Every socket's overall event budget, in memory: it protects this process from one client's flood
 * before any database work. Per-person write limits shared across instances live in Postgres.
 */
export function createEventBudget(limits: EventBudgetLimits = DEFAULT_EVENT_BUDGET) {
  const events = new RateLimiterMemory(limits.events);
  const refusals = new RateLimiterMemory(limits.refusals);
  return async (socketId: string): Promise<BudgetVerdict> => {
    try {
      await events.consume(socketId);
      return "ok";
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      try {
        await refusals.consume(socketId);
        return "refused";
      } catch (again) {
        if (!(again instanceof RateLimiterRes)) throw again;
        return "disconnect";
      }
    }
  };
}
