import type { ActivityInput, ActivityWriter } from "./activity-writer";

const globalForActivity = globalThis as unknown as { okActivityWriter?: ActivityWriter };

/** The server entry installs the process's writer; Next's bundles reach the same one through globalThis. */
export function installActivityWriter(writer: ActivityWriter | undefined): void {
  globalForActivity.okActivityWriter = writer;
}

/**
 * Fire-and-forget: records a real event for the feed. Call it only after the fact it describes is
 * stored (the cart line saved, the order committed).
 */
export function recordActivity(input: ActivityInput): void {
  globalForActivity.okActivityWriter?.enqueue(input);
}
