import type { Db } from "@/lib/platform/db/client";
import type { PostLimiter } from "@/lib/domains/qa/post-limiter";
import { requestAnswerMail } from "@/lib/domains/mail-consent/request-answer-mail";
import { requestSessionReminder } from "@/lib/domains/mail-consent/request-session-reminder";
import { eraseShopperAddresses, listStoredAddresses } from "@/lib/domains/mail-consent/stored-addresses";
import { EventError, type HandlerTable } from "../handle-event";
import type { RealtimeSocket } from "../socket-types";

export interface NotifyHandlerDeps {
  db: () => Db;
  limiter: PostLimiter;
}

/** Addresses belong to a shopper identity: staff have nothing to be told here. */
function shopperOf(socket: RealtimeSocket): string {
  const { shopperId, staff } = socket.data;
  if (!shopperId || staff) throw new EventError("Only shoppers can ask to be emailed.", "forbidden");
  return shopperId;
}

// notify:answer, notify:session, notify:list, notify:erase — a shopper's email consent, per event.
export function notifyHandlers(deps: NotifyHandlerDeps): HandlerTable {
  return {
    "notify:answer": async (socket, input) => {
      const shopperId = shopperOf(socket);
      await deps.limiter.consume(shopperId, socket.data.ip, "email");
      return requestAnswerMail(deps.db(), { shopperId, ...input });
    },
    "notify:session": async (socket, input) => {
      const shopperId = shopperOf(socket);
      await deps.limiter.consume(shopperId, socket.data.ip, "email");
      return requestSessionReminder(deps.db(), { shopperId, ...input });
    },
    "notify:list": async (socket) => ({ addresses: await listStoredAddresses(deps.db(), shopperOf(socket)) }),
    "notify:erase": async (socket, input) => {
      const shopperId = shopperOf(socket);
      await deps.limiter.consume(shopperId, socket.data.ip, "email");
      return { erased: await eraseShopperAddresses(deps.db(), shopperId, input.email) };
    },
  };
}
