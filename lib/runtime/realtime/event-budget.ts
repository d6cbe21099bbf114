import { WindowCounter } from "./window-counter";

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
  const events = new WindowCounter(limits.events);
  const refusals = new WindowCounter(limits.refusals);
  return {
    // Refused events spend the refusal window; once that is spent too, the socket is dropped.
    spend: async (person) => (events.consume(person) ? "ok" : refusals.consume(person) ? "refused" : "disconnect"),
    isBlocked: async (person) => refusals.exhausted(person),
  };
}
