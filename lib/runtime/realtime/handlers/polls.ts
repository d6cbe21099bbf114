import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import type { LiveSettings } from "@/lib/domains/settings/live-settings";
import type { PostLimiter } from "@/lib/domains/qa/post-limiter";
import { answerPoll } from "@/lib/domains/polls/answer-poll";
import { closePoll } from "@/lib/domains/polls/close-poll";
import { createPoll } from "@/lib/domains/polls/create-poll";
import { followPoll } from "@/lib/domains/polls/follow-poll";
import { pollsForShopper, pollsForStaff } from "@/lib/domains/polls/list-polls";
import { publishPromptAnswer } from "@/lib/domains/polls/publish-prompt-answer";
import { EventError, type HandlerTable } from "../handle-event";
import type { RealtimeSocket } from "../socket-types";

export interface PollHandlerDeps {
  db: () => Db;
  settings: LiveSettings;
  limiter: PostLimiter;
}

function hostOf(socket: RealtimeSocket): StaffMember {
  if (!socket.data.staff) throw new EventError("Only hosts can do that.", "forbidden");
  return socket.data.staff;
}

function shopperOf(socket: RealtimeSocket): string {
  if (!socket.data.shopperId || socket.data.staff) throw new EventError("Polls are answered by shoppers.", "forbidden");
  return socket.data.shopperId;
}

// poll:list, poll:answer, poll:follow (shoppers); poll:create, poll:close, poll:publish-answer, poll:staff-list (hosts).
export function pollHandlers(deps: PollHandlerDeps): HandlerTable {
  const threshold = () => deps.settings.current().presenceThreshold;
  return {
    "poll:list": async (socket, { productId }) =>
      pollsForShopper(deps.db(), { shopperId: socket.data.shopperId, productId, threshold: threshold() }),

    "poll:answer": async (socket, input) => {
      const shopperId = shopperOf(socket);
      await deps.limiter.consume(shopperId, socket.data.ip, "body" in input ? "post" : "vote");
      return answerPoll(deps.db(), shopperId, input, { ...deps.settings.current(), threshold: threshold() });
    },

    "poll:follow": async (socket, { pollId, on }) => {
      const shopperId = shopperOf(socket);
      await deps.limiter.consume(shopperId, socket.data.ip, "vote");
      return { following: await followPoll(deps.db(), shopperId, pollId, on) };
    },

    "poll:create": async (socket, input) => createPoll(deps.db(), hostOf(socket), input, threshold()),

    "poll:close": async (socket, { pollId }) => {
      hostOf(socket);
      await closePoll(deps.db(), pollId, threshold());
      return { closed: true as const };
    },

    "poll:publish-answer": async (socket, { answerId }) => {
      hostOf(socket);
      await publishPromptAnswer(deps.db(), answerId);
      return { published: true as const };
    },

    "poll:staff-list": async (socket) => {
      hostOf(socket);
      return pollsForStaff(deps.db(), threshold());
    },
  };
}
