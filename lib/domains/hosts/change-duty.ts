import type { Db } from "@/lib/platform/db/client";
import type { THostOnDuty } from "@/lib/platform/contracts/qa";
import { recordActivity } from "@/lib/domains/activity/record-activity";
import { publish } from "@/lib/platform/publish/publish";
import { toStore } from "@/lib/platform/publish/audience";
import { listHostsOnDuty, setHostDuty } from "./hosts-on-duty";

/** A host goes on or off duty; shoppers see who is on the floor, and a host coming on duty is store activity. */
export async function changeHostDuty(db: Db, staffId: string, onDuty: boolean): Promise<THostOnDuty[]> {
  const changed = await setHostDuty(db, staffId, onDuty);
  const hosts = await listHostsOnDuty(db);
  if (changed) {
    publish("hosts:changed", toStore(), { hosts });
    if (onDuty) recordActivity(db, { kind: "host_on_duty" });
  }
  return hosts;
}
