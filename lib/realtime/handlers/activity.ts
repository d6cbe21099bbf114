import type { Logger } from "pino";
import type { Db } from "@/lib/db/client";
import { readActivity } from "@/lib/activity/read-activity";
import type { LiveSettings } from "@/lib/settings/live-settings";
import { handleEvent } from "../handle-event";
import type { RealtimeSocket } from "../socket-types";

export interface ActivityHandlerDeps {
  log: Logger;
  db: () => Db;
  settings: LiveSettings;
}

// activity:since — a client that reconnects asks for what it missed; Postgres answers, not memory.
export function registerActivityHandlers(socket: RealtimeSocket, deps: ActivityHandlerDeps): void {
  handleEvent(socket, deps.log, "activity:since", async ({ afterId }) => ({
    events: await readActivity(deps.db(), {
      kinds: deps.settings.current().broadcastKinds,
      afterId: BigInt(afterId),
      limit: 100,
    }),
  }));
}
