import type { TKitchen } from "@/lib/platform/contracts/experiments";
import type { ActiveExperiment } from "./experiment-dto";
import { assignmentPoint } from "./assignment-point";
import { blockAt, blockEndsAt, inWashout, kitchenOfBlock } from "./switchback-schedule";

export interface KitchenDecision {
  kitchen: TKitchen;
  /** Null when nobody is being compared (no running experiment): everyone has the open kitchen. */
  enrolment: {
    experimentId: string;
    block: number;
    /** False in a switchback's washout: the shopper sees the block's kitchen but is left out of the analysis. */
    counted: boolean;
    /** When this decision may change (a switchback block ends); far ahead for a holdout. */
    validUntil: Date;
  } | null;
}

const OPEN: KitchenDecision = { kitchen: "open", enrolment: null };
const HOLDOUT_HINT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Which kitchen a shopper sees now: a holdout hashes the shopper id with the experiment's salt, so the answer
 * is the same on every instance and in every tab; a switchback gives everyone the kitchen of the current block.
 */
export function kitchenFor(experiment: ActiveExperiment | null, shopperId: string, now: Date): KitchenDecision {
  if (!experiment || experiment.status !== "running") return OPEN;
  if (experiment.design === "holdout") {
    const kitchen = assignmentPoint(experiment.salt, shopperId) < experiment.closedShare ? "closed" : "open";
    const validUntil = new Date(now.getTime() + HOLDOUT_HINT_MS);
    return { kitchen, enrolment: { experimentId: experiment.id, block: 0, counted: true, validUntil } };
  }
  const block = blockAt(experiment, now);
  return {
    kitchen: kitchenOfBlock(experiment, block),
    enrolment: {
      experimentId: experiment.id,
      block,
      counted: !inWashout(experiment, now),
      validUntil: blockEndsAt(experiment, block),
    },
  };
}
