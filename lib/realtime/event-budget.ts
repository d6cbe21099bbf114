import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface EventBudgetLimits {
  /** Events one socket may send per window. */
  events: { points: number; duration: number };
  /** Refused events per window after which the socket is disconnected. */
  refusals: { points: number; duration: number };
}

export const DEFAULT_EVENT_BUDGET: EventBudgetLimits = {
  events: { points: 60, duration: 10 },
  refusals: { points: 60, duration: 30 },
};

export type BudgetVerdict = "ok" | "refused" | "disconnect";

/**
 * Every person's overall event budget (all their sockets), in memory: it protects this process from one client's flood
 * before any database work. Per-person write limits shared across instances live in Postgres.
 */
export interface EventBudget {
  spend(person: string): Promise<BudgetVerdict>;
  /** True while a person who was disconnected for abuse is cooling down: their reconnects are refused. */
  isBlocked(person: string): Promise<boolean>;
}

export function createEventBudget(limits: EventBudgetLimits = DEFAULT_EVENT_BUDGET): EventBudget {
  const events = new RateLimiterMemory(limits.events);
  const refusals = new RateLimiterMemory(limits.refusals);
  const isBlocked = async (person: string) => {
    const state = await refusals.get(person);
    return state !== null && state.remainingPoints <= 0;
  };
  const spend = async (person: string): Promise<BudgetVerdict> => {
    try {
      await events.consume(person);
      return "ok";
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      try {
        await refusals.consume(person);
        return "refused";
      } catch (again) {
        if (!(again instanceof RateLimiterRes)) throw again;
        return "disconnect";
      }
    }
  };
  return { spend, isBlocked };
}
