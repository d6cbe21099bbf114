import type { Db } from "@/lib/platform/db/client";
import { activitySince } from "@/lib/domains/activity/read-activity";
import type { LiveSettings } from "@/lib/domains/settings/live-settings";
import type { HandlerTable } from "../handle-event";

export interface ActivityHandlerDeps {
  db: () => Db;
  settings: LiveSettings;
}

export function activityHandlers(deps: ActivityHandlerDeps): HandlerTable {
  return {
    // activity:since — a client that reconnects asks for what it missed; Postgres answers, not memory.
    "activity:since": async (_socket, { afterId }) =>
      activitySince(deps.db(), { kinds: deps.settings.current().broadcastKinds, afterId: BigInt(afterId) }),
  };
}
