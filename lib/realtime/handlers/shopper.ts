import type { Logger } from "pino";
import type { Db } from "@/lib/db/client";
import type { PresenceTracker } from "@/lib/presence/presence-tracker";
import { setShopperPreferences } from "@/lib/shoppers/set-shopper-preferences";
import { EventError, handleEvent } from "../handle-event";
import { personRoom, type RealtimeIo, type RealtimeSocket } from "../socket-types";

export interface ShopperHandlerDeps {
  log: Logger;
  db: () => Db;
  presence: PresenceTracker;
  io: RealtimeIo;
}

// shopper:set-preferences — "show me as invisible", "show my alias in the feed".
export function registerShopperHandlers(socket: RealtimeSocket, deps: ShopperHandlerDeps): void {
  handleEvent(socket, deps.log, "shopper:set-preferences", async (preferences) => {
    const { shopperId, staff, gpc } = socket.data;
    if (!shopperId || staff) throw new EventError("Only shoppers have these preferences.");
    const saved = await setShopperPreferences(deps.db(), shopperId, preferences);
    const counted = !saved.invisible && !gpc;
    // Every tab of this shopper follows the new choice, not only the one that made it.
    for (const tab of await deps.io.in(personRoom(socket.data.person)).fetchSockets()) tab.data.counted = counted;
    deps.presence.setCounted(socket.data.person, counted);
    return saved;
  });
}
