import type { TKitchen } from "@/lib/platform/contracts/experiments";
import { assignmentPoint } from "./assignment-point";

export interface SwitchbackPlan {
  salt: string;
  startedAt: Date;
  blockMinutes: number;
  washoutMinutes: number;
}

const minutes = (n: number) => n * 60_000;

/** The block `at` falls in, counted from the start (block 0). */
export function blockAt(plan: SwitchbackPlan, at: Date): number {
  return Math.floor((at.getTime() - plan.startedAt.getTime()) / minutes(plan.blockMinutes));
}

export function blockEndsAt(plan: SwitchbackPlan, block: number): Date {
  return new Date(plan.startedAt.getTime() + (block + 1) * minutes(plan.blockMinutes));
}

/**
 * Blocks come in pairs, one open and one closed, in an order drawn per pair from the salt: random order, yet
 * every two blocks are balanced, so time-of-day patterns cannot pile up in one group.
 */
export function kitchenOfBlock(plan: SwitchbackPlan, block: number): TKitchen {
  const closedFirst = assignmentPoint(plan.salt, `pair:${Math.floor(block / 2)}`) < 0.5;
  return (block % 2 === 0) === closedFirst ? "closed" : "open";
}

/** The first minutes of each block, when shoppers who arrived in the previous block are still around. */
export function inWashout(plan: SwitchbackPlan, at: Date): boolean {
  const into = at.getTime() - plan.startedAt.getTime() - blockAt(plan, at) * minutes(plan.blockMinutes);
  return into < minutes(plan.washoutMinutes);
}
