import type { Db } from "@/lib/platform/db/client";
import { ensureShopper } from "./ensure-shopper";

/**
 * Records a shopper's visit day (what "regular" marks are computed from) at most once per shopper per
 * day per process, so every page load's new socket does not cost two writes.
 */
export function createVisitRecorder(db: () => Db) {
  let day = "";
  let seen = new Set<string>();
  return async (shopperId: string, now = new Date()): Promise<void> => {
    const today = now.toISOString().slice(0, 10);
    if (today !== day) {
      day = today;
      seen = new Set();
    }
    if (seen.has(shopperId)) return;
    seen.add(shopperId);
    try {
      await ensureShopper(db(), shopperId, { now });
    } catch (error) {
      seen.delete(shopperId);
      throw error;
    }
  };
}
