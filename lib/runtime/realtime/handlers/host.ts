import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import type { PresenceTracker } from "@/lib/domains/presence/presence-tracker";
import { changeHostDuty } from "@/lib/domains/hosts/change-duty";
import { buildFloor } from "@/lib/domains/hosts/floor";
import { blockAuthor, markSeen, moderatePost } from "@/lib/domains/qa/moderate-post";
import { openQuestions } from "@/lib/domains/qa/read-threads";
import { publishHostTyping } from "@/lib/domains/qa/publish-host-typing";
import { EventError, type HandlerTable } from "../handle-event";
import type { RealtimeSocket } from "../socket-types";

export interface HostHandlerDeps {
  db: () => Db;
  presence: PresenceTracker;
}

/**
 * Every host event is authorized here, per event: a shopper socket can never act as a host, and the
 * dispatcher has already re-checked this socket's staff session before the handler runs.
 */
function hostOf(socket: RealtimeSocket): StaffMember {
  const staff = socket.data.staff;
  if (!staff) throw new EventError("Only hosts can do that.", "forbidden");
  return staff;
}

// qa:open, qa:typing, qa:moderate, qa:block-author, host:set-duty, host:get-floor, host:get-queue — the host console.
export function hostHandlers(deps: HostHandlerDeps): HandlerTable {
  return {
    "qa:open": async (socket, { questionId }) => {
      const seen = await markSeen(deps.db(), hostOf(socket), questionId);
      return { thread: seen.full, seq: seen.seq };
    },

    "qa:typing": async (socket, { questionId }) => {
      await publishHostTyping(deps.db(), hostOf(socket), questionId);
      return {};
    },

    "qa:moderate": async (socket, input) => {
      const moderated = await moderatePost(deps.db(), hostOf(socket), input);
      return { thread: moderated.full, seq: moderated.seq };
    },

    "qa:block-author": async (socket, post) => {
      hostOf(socket);
      await blockAuthor(deps.db(), post);
      return { blocked: true as const };
    },

    "host:set-duty": async (socket, { onDuty }) => ({
      hosts: await changeHostDuty(deps.db(), hostOf(socket).id, onDuty),
    }),

    "host:get-floor": async (socket) => {
      hostOf(socket);
      return buildFloor(deps.db(), deps.presence);
    },

    "host:get-queue": async (socket) => {
      hostOf(socket);
      return openQuestions(deps.db());
    },
  };
}
