import type { Db } from "@/lib/db/client";
import type { THostOnDuty } from "@/lib/contracts/qa";
import { recordActivity } from "@/lib/activity/record-activity";
import { publish } from "@/lib/realtime/publish";
import { toStore } from "@/lib/realtime/audience";
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
