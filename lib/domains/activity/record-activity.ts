import type { Db } from "@/lib/platform/db/client";
import type { TActivityEvent } from "@/lib/platform/contracts/activity";
import { logger } from "@/lib/platform/log/logger";
import { publish } from "@/lib/platform/publish/publish";
import { toStore } from "@/lib/platform/publish/audience";
import { liveSettingsFor } from "@/lib/domains/settings/live-settings";
import { ActivityWriter, type ActivityInput } from "./activity-writer";
import { processSingleton } from "@/lib/platform/process-singleton";

const writers = processSingleton("activity-writers", () => new WeakMap<Db, ActivityWriter>());

/**
 * Stored events of the kinds the merchant broadcasts go to everyone in the shop, merged into the next
 * store-wide push, so a busy shop costs each socket one message per interval rather than one per event.
 */
function announce(db: Db, events: TActivityEvent[]): void {
  const send = (kinds: string[]) => {
    const announced = events.filter((event) => kinds.includes(event.kind));
    if (announced.length > 0) publish("activity:recorded", toStore(), announced, { coalesce: true });
  };
  const settings = liveSettingsFor(db);
  try {
    send(settings.current().broadcastKinds);
  } catch {
    void settings.read().then((s) => send(s.broadcastKinds));
  }
}

/** The process's activity writer for this database; Next's bundles and the server entry share it through globalThis. */
export function activityWriterFor(db: Db): ActivityWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new ActivityWriter({
      db: () => db,
      onStored: (events) => announce(db, events),
      onError: (err) => logger.error({ err }, "activity batch failed"),
    });
    writers.set(db, writer);
  }
  return writer;
}

/**
 * Fire-and-forget: records a real event for the feed, announced once stored. Call it only after the
 * fact it describes is stored (the cart line saved, the order committed).
 */
export function recordActivity(db: Db, input: ActivityInput): void {
  activityWriterFor(db).enqueue(input);
}
