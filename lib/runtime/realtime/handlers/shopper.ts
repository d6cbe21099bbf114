import type { Db } from "@/lib/platform/db/client";
import type { PostLimiter } from "@/lib/domains/qa/post-limiter";
import { setShopperPreferences } from "@/lib/domains/shoppers/set-shopper-preferences";
import { EventError, type HandlerTable } from "../handle-event";

export interface ShopperHandlerDeps {
  db: () => Db;
  /** Applies the choice to every tab of the person, on every instance. */
  setPersonCounted: (person: string, counted: boolean) => Promise<void>;
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
      await deps.setPersonCounted(socket.data.person, counted);
      return saved;
    },
  };
}
