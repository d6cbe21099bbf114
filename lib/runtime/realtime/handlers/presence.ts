import { LOOKING_NOW_ROOM, STORE_ROOM, productRoom } from "@/lib/platform/contracts/rooms";
import type { PresenceTracker } from "@/lib/domains/presence/presence-tracker";
import type { PresenceCoalescer } from "@/lib/domains/presence/presence-coalescer";
import { presenceSnapshot } from "@/lib/domains/presence/presence-snapshot";
import type { ViewCounter } from "@/lib/domains/activity/view-counter";
import type { Db } from "@/lib/platform/db/client";
import { isKnownProduct } from "@/lib/domains/catalog/known-products";
import { EventError, type HandlerTable } from "../handle-event";
import type { RealtimeSocket } from "../socket-types";

export interface PresenceHandlerDeps {
  db: () => Db;
  presence: PresenceTracker;
  coalescer: PresenceCoalescer;
  views: ViewCounter;
}

/** Every socket is in the shop: it joins the store room on connect and leaves every count on disconnect. */
export function joinStore(socket: RealtimeSocket, presence: PresenceTracker): Promise<void> {
  void socket.join(STORE_ROOM);
  return presence.enter(socket.id, socket.data.person, STORE_ROOM, socket.data.counted);
}

export function presenceHandlers(deps: PresenceHandlerDeps): HandlerTable {
  const { presence, coalescer } = deps;
  // One string per product room, shared by every socket in it (socket.data, Socket.IO's and the presence
  // book's sets): a fresh one per socket would cost each idle socket its own copy. Only known products get here.
  const roomNames = new Map<string, string>();
  const roomOfProduct = (productId: string) => {
    let room = roomNames.get(productId);
    if (room === undefined) roomNames.set(productId, (room = productRoom(productId)));
    return room;
  };
  return {
    // presence:enter — the page a socket is on changed: leave the old product room, join the new one.
    "presence:enter": async (socket, { productId, lookingNow }) => {
      // A made-up id must never reach the view batch (its foreign key would fail every real view with it).
      if (productId && !(await isKnownProduct(deps.db(), productId))) {
        throw new EventError("This product is not in the shop.", "not_found");
      }
      if (lookingNow) await socket.join(LOOKING_NOW_ROOM);
      else await socket.leave(LOOKING_NOW_ROOM);
      const next = productId ? roomOfProduct(productId) : null;
      const previous = socket.data.productRoom;
      if (previous && previous !== next) {
        await presence.leave(socket.id, previous);
        await socket.leave(previous);
      }
      if (next && next !== previous) {
        await socket.join(next);
        await presence.enter(socket.id, socket.data.person, next, socket.data.counted);
        if (productId && socket.data.counted && socket.data.shopperId)
          deps.views.note(productId, socket.data.shopperId);
      }
      socket.data.productRoom = next;
      const counts = await coalescer.visibleCounts(next ? [STORE_ROOM, next] : [STORE_ROOM]);
      for (const { room, count } of counts) coalescer.noteTold(room, count);
      if (!lookingNow) return { counts };
      // The page replaces its server-rendered list with this, so nothing stale survives the connect.
      const snapshot = (await presenceSnapshot(presence, coalescer)).filter((c) => c.room !== STORE_ROOM);
      for (const { room, count } of snapshot) coalescer.noteTold(room, count);
      return { counts, lookingNow: snapshot };
    },
  };
}
