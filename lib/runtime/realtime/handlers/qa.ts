import type { Db } from "@/lib/platform/db/client";
import type { LiveSettings } from "@/lib/domains/settings/live-settings";
import type { PostLimiter, WriteKind } from "@/lib/domains/qa/post-limiter";
import type { QaActor } from "@/lib/domains/qa/qa-actor";
import { askQuestion } from "@/lib/domains/qa/ask-question";
import { replyToQuestion } from "@/lib/domains/qa/reply-to-question";
import { editPost } from "@/lib/domains/qa/edit-post";
import { followQuestion, votePost } from "@/lib/domains/qa/vote-post";
import { threadsSince } from "@/lib/domains/qa/read-threads";
import { QaError } from "@/lib/domains/qa/qa-error";
import type { PublishedThread } from "@/lib/domains/qa/publish-thread-change";
import { EventError, type HandlerTable } from "../handle-event";
import type { RealtimeSocket } from "../socket-types";

export interface QaHandlerDeps {
  db: () => Db;
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
  const rules = () => deps.settings.current();
  const shownTo = (socket: RealtimeSocket, both: PublishedThread) => (socket.data.staff ? both.full : both.shown);
  /** Shoppers' writes are limited per person and per address, shared by every instance. */
  const limit = async (socket: RealtimeSocket, actor: QaActor, kind: WriteKind) => {
    if (actor.kind === "shopper") await deps.limiter.consume(actor.shopperId, socket.data.ip, kind);
  };

  return {
    "qa:ask": async (socket, input) => {
      const actor = actorOf(socket);
      if (actor.kind !== "shopper") throw new QaError("Hosts answer questions; shoppers ask them.", "forbidden");
      // The limit is spent beside the post's reads; nothing is stored unless it allows the post.
      const admit = () => limit(socket, actor, "post");
      const asked = await askQuestion(deps.db(), actor.shopperId, input, rules(), { admit });
      return { thread: shownTo(socket, asked), seq: asked.seq };
    },

    "qa:reply": async (socket, input) => {
      const actor = actorOf(socket);
      await limit(socket, actor, "post");
      const replied = await replyToQuestion(deps.db(), actor, input, rules());
      return { thread: shownTo(socket, replied), seq: replied.seq };
    },

    "qa:edit": async (socket, input) => {
      const actor = actorOf(socket);
      await limit(socket, actor, "edit");
      const edited = await editPost(deps.db(), actor, input, rules());
      return { thread: shownTo(socket, edited), seq: edited.seq };
    },

    "qa:vote": async (socket, input) => {
      const shopperId = shopperOnly(socket);
      await deps.limiter.consume(shopperId, socket.data.ip, "vote");
      return votePost(deps.db(), shopperId, input);
    },

    "qa:follow": async (socket, input) => {
      const shopperId = shopperOnly(socket);
      await deps.limiter.consume(shopperId, socket.data.ip, "vote");
      return { following: await followQuestion(deps.db(), shopperId, input.questionId, input.on) };
    },

    "qa:since": async (socket, { productId, afterSeq }) => {
      if (!productId && !socket.data.staff) throw new EventError("productId is required.");
      return threadsSince(deps.db(), productId, BigInt(afterSeq), socket.data.staff ? "staff" : "public");
    },
  };
}
