import type { Db } from "@/lib/db/client";
import type { StaffMember } from "@/lib/auth/staff-from-headers";
import { STORE_ROOM, productRoom } from "@/lib/contracts/presence";
import type { PresenceTracker } from "@/lib/presence/presence-tracker";
import { recordActivity } from "@/lib/activity/record-activity";
import { listHostsOnDuty, setHostDuty } from "@/lib/hosts/hosts-on-duty";
import { buildFloor } from "@/lib/hosts/floor";
import { blockAuthor, markSeen, moderatePost } from "@/lib/qa/moderate-post";
import { openQuestions } from "@/lib/qa/read-threads";
import { EventError, type HandlerTable } from "../handle-event";
import { broadcastThread } from "../qa-broadcast";
import { STAFF_ROOM, type RealtimeIo, type RealtimeSocket } from "../socket-types";

export interface HostHandlerDeps {
  db: () => Db;
  io: RealtimeIo;
  presence: PresenceTracker;
}

/** Every host event is authorized here, per event: a shopper socket can never act as a host. */
function hostOf(socket: RealtimeSocket): StaffMember {
  const staff = socket.data.staff;
  if (!staff) throw new EventError("Only hosts can do that.");
  return staff;
}

// qa:open, qa:typing, qa:moderate, qa:block-author, host:set-duty, host:floor, host:queue — the host console.
export function hostHandlers(deps: HostHandlerDeps): HandlerTable {
  const { io } = deps;
  return {
    "qa:open": async (socket, { questionId }) => {
      const seen = await markSeen(deps.db(), hostOf(socket), questionId);
      return { thread: (await broadcastThread(io, deps.db(), seen)).full, seq: seen.seq };
    },

    "qa:typing": async (socket, { questionId }) => {
      const host = hostOf(socket);
      const question = await deps.db().question.findUnique({ where: { id: questionId }, select: { productId: true } });
      if (!question) throw new EventError("This question no longer exists.");
      // Shoppers on the product and the other hosts (so two hosts don't answer the same question).
      io.to([productRoom(question.productId), STAFF_ROOM]).volatile.emit("qa:typing", { questionId, host: host.name });
      return {};
    },

    "qa:moderate": async (socket, input) => {
      const moderated = await moderatePost(deps.db(), hostOf(socket), input);
      return { thread: (await broadcastThread(io, deps.db(), moderated)).full, seq: moderated.seq };
    },

    "qa:block-author": async (socket, post) => {
      hostOf(socket);
      await blockAuthor(deps.db(), post);
      return { blocked: true as const };
    },

    "host:set-duty": async (socket, { onDuty }) => {
      const host = hostOf(socket);
      const changed = await setHostDuty(deps.db(), host.id, onDuty);
      const hosts = await listHostsOnDuty(deps.db());
      if (changed) {
        io.to(STORE_ROOM).emit("hosts:changed", { hosts });
        if (onDuty) recordActivity({ kind: "host_on_duty" });
      }
      return { hosts };
    },

    "host:floor": async (socket) => {
      hostOf(socket);
      return buildFloor(deps.db(), deps.presence);
    },

    "host:queue": async (socket) => {
      hostOf(socket);
      return openQuestions(deps.db());
    },
  };
}
