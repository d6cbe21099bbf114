import type { Logger } from "pino";
import type { Db } from "@/lib/platform/db/client";
import type { PresenceTracker } from "@/lib/domains/presence/presence-tracker";
import { buildFloor } from "@/lib/domains/hosts/floor";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";
import { publish } from "@/lib/platform/publish/publish";
import { toStaff } from "@/lib/platform/publish/audience";

export interface FloorBroadcastDeps {
  db: () => Db;
  presence: PresenceTracker;
  /** Whether a host is connected to this instance: nobody to tell here, nothing to build. */
  hostsWatching: () => boolean;
  intervalMs?: number;
  log: Logger;
}

/**
 * The host console's floor, pushed when it changed and only while a host is watching. Each instance
 * builds it from the shared presence and pushes it to its own hosts, so a host hears it once.
 */
export function startFloorBroadcast(deps: FloorBroadcastDeps): IntervalJob {
  let last = "";
  return startIntervalJob(
    "floor-broadcast",
    deps.intervalMs ?? 2000,
    async () => {
      if (!deps.hostsWatching()) return;
      const floor = await buildFloor(deps.db(), deps.presence);
      const key = JSON.stringify({ ...floor, at: "" });
      if (key === last) return;
      last = key;
      publish("floor:updated", toStaff(), floor, { local: true });
    },
    deps.log,
  );
}
