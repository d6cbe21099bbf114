import type { Logger } from "pino";
import { STORE_ROOM, productRoom } from "@/lib/contracts/presence";
import type { PresenceTracker } from "@/lib/presence/presence-tracker";
import type { PresenceCoalescer } from "@/lib/presence/presence-coalescer";
import type { ViewAggregator } from "@/lib/activity/view-aggregator";
import { handleEvent } from "../handle-event";
import type { RealtimeSocket } from "../socket-types";

export interface PresenceHandlerDeps {
  log: Logger;
  presence: PresenceTracker;
  coalescer: PresenceCoalescer;
  views: ViewAggregator;
}

// presence:enter — the page a socket is on changed: leave the old product room, join the new one.
export function registerPresenceHandlers(socket: RealtimeSocket, deps: PresenceHandlerDeps): void {
  const { presence, coalescer } = deps;
  socket.join(STORE_ROOM);
  presence.enter(socket.id, socket.data.person, STORE_ROOM, socket.data.counted);

  handleEvent(socket, deps.log, "presence:enter", async ({ productId }) => {
    const next = productId ? productRoom(productId) : null;
    const previous = socket.data.productRoom;
    if (previous && previous !== next) {
      presence.leave(socket.id, previous);
      await socket.leave(previous);
    }
    if (next && next !== previous) {
      await socket.join(next);
      presence.enter(socket.id, socket.data.person, next, socket.data.counted);
      if (productId && socket.data.counted && socket.data.shopperId) deps.views.note(productId, socket.data.shopperId);
    }
    socket.data.productRoom = next;
    const rooms = next ? [STORE_ROOM, next] : [STORE_ROOM];
    const counts = rooms.map((room) => ({ room, count: coalescer.visibleCount(room) }));
    for (const { room, count } of counts) coalescer.noteTold(room, count);
    return { counts };
  });

  socket.on("disconnect", () => presence.disconnect(socket.id));
}
