import type { Db } from "@/lib/db/client";
import type { PresenceTracker } from "@/lib/presence/presence-tracker";
import type { PostLimiter } from "@/lib/rate-limit/post-limiter";
import { setShopperPreferences } from "@/lib/shoppers/set-shopper-preferences";
import { EventError, type HandlerTable } from "../handle-event";
import { personRoom } from "../audience";
import type { RealtimeIo } from "../socket-types";

export interface ShopperHandlerDeps {
  db: () => Db;
  presence: PresenceTracker;
  io: RealtimeIo;
  limiter: PostLimiter;
}

export function shopperHandlers(deps: ShopperHandlerDeps): HandlerTable {
  return {
    // shopper:set-preferences — "show me as invisible", "show my alias in the feed", the alias.
    "shopper:set-preferences": async (socket, preferences) => {
      const { shopperId, staff, gpc } = socket.data;
      if (!shopperId || staff) throw new EventError("Only shoppers have these preferences.", "forbidden");
      await deps.limiter.consume(shopperId, socket.data.ip, "preferences");
      const saved = await setShopperPreferences(deps.db(), shopperId, preferences);
      const counted = !saved.invisible && !gpc;
      // Every tab of this shopper follows the new choice, not only the one that made it.
      for (const tab of await deps.io.in(personRoom(socket.data.person)).fetchSockets()) tab.data.counted = counted;
      deps.presence.setCounted(socket.data.person, counted);
      return saved;
    },
  };
}
