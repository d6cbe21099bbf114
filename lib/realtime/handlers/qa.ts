import type { Db } from "@/lib/db/client";
import type { TQaThread } from "@/lib/contracts/qa";
import type { LiveSettings } from "@/lib/settings/live-settings";
import type { PostLimiter } from "@/lib/rate-limit/post-limiter";
import type { QaActor } from "@/lib/qa/qa-actor";
import { postQuestion } from "@/lib/qa/post-question";
import { postReply } from "@/lib/qa/post-reply";
import { editPost } from "@/lib/qa/edit-post";
import { followQuestion, votePost } from "@/lib/qa/vote-post";
import { threadsSince } from "@/lib/qa/read-threads";
import { QaError } from "@/lib/qa/qa-error";
import { EventError, type HandlerTable } from "../handle-event";
import { broadcastThread } from "../qa-broadcast";
import { personRoom, type RealtimeIo, type RealtimeSocket } from "../socket-types";

export interface QaHandlerDeps {
  db: () => Db;
  io: RealtimeIo;
  settings: LiveSettings;
  limiter: PostLimiter;
}

export function actorOf(socket: RealtimeSocket): QaActor {
  if (socket.data.staff) return { kind: "staff", staff: socket.data.staff };
  if (socket.data.shopperId) return { kind: "shopper", shopperId: socket.data.shopperId };
  throw new EventError("Load a page of the shop first.");
}

function shopperOnly(socket: RealtimeSocket): string {
  const actor = actorOf(socket);
  if (actor.kind !== "shopper") throw new EventError("Votes and follows are for shoppers.");
  return actor.shopperId;
}

// qa:ask, qa:reply, qa:edit, qa:vote, qa:follow, qa:since — shoppers and hosts on product pages.
export function qaHandlers(deps: QaHandlerDeps): HandlerTable {
  const { io } = deps;
  const rules = () => deps.settings.current();
  const shownTo = (socket: RealtimeSocket, both: { full: TQaThread; shown: TQaThread }) =>
    socket.data.staff ? both.full : both.shown;
  const limit = async (socket: RealtimeSocket, actor: QaActor) => {
    if (actor.kind === "shopper") await deps.limiter.consume(actor.shopperId, socket.data.ip);
  };

  return {
    "qa:ask": async (socket, input) => {
      const actor = actorOf(socket);
      if (actor.kind !== "shopper") throw new QaError("Hosts answer questions; shoppers ask them.", "forbidden");
      await limit(socket, actor);
      const posted = await postQuestion(deps.db(), actor.shopperId, input, rules());
      return { thread: shownTo(socket, await broadcastThread(io, deps.db(), posted)), seq: posted.seq };
    },

    "qa:reply": async (socket, input) => {
      const actor = actorOf(socket);
      await limit(socket, actor);
      const posted = await postReply(deps.db(), actor, input, rules());
      const both = await broadcastThread(io, deps.db(), posted);
      if (posted.created) {
        for (const shopperId of posted.notify) {
          io.to(personRoom(`shopper:${shopperId}`)).emit("qa:answered", {
            questionId: posted.questionId,
            product: both.full.product,
          });
        }
      }
      return { thread: shownTo(socket, both), seq: posted.seq };
    },

    "qa:edit": async (socket, input) => {
      const edited = await editPost(deps.db(), actorOf(socket), input, rules());
      return { thread: shownTo(socket, await broadcastThread(io, deps.db(), edited)), seq: edited.seq };
    },

    "qa:vote": async (socket, input) => {
      const voted = await votePost(deps.db(), shopperOnly(socket), input);
      return { thread: shownTo(socket, await broadcastThread(io, deps.db(), voted)), seq: voted.seq };
    },

    "qa:follow": async (socket, input) => ({
      following: await followQuestion(deps.db(), shopperOnly(socket), input.questionId, input.on),
    }),

    "qa:since": async (socket, { productId, afterSeq }) => {
      if (!productId && !socket.data.staff) throw new EventError("productId is required.");
      return threadsSince(deps.db(), productId, BigInt(afterSeq), socket.data.staff ? "staff" : "public");
    },
  };
}
