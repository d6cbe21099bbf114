import { createHash } from "node:crypto";

/**
 * A number in [0, 1) from the experiment's salt and a unit (a shopper id, a switchback pair): the same on
 * every instance, in every tab and on every device that shares the cookie, and independent between
 * experiments because each has its own salt.
 */
export function assignmentPoint(salt: string, unit: string): number {
  return createHash("sha256").update(`${salt}:${unit}`).digest().readUInt32BE(0) / 2 ** 32;
}
