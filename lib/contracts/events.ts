import { z } from "zod";
import { ZActivitySince, type TActivityEvent } from "./activity";
import { ZPresenceEnter, ZShopperPreferences, type TPresenceCount } from "./presence";
import {
  ZHostDuty,
  ZQaAsk,
  ZQaEdit,
  ZQaFollow,
  ZQaModerate,
  ZQaPostRef,
  ZQaQuestionRef,
  ZQaReply,
  ZQaSince,
  ZQaVote,
  type TFloor,
  type THostOnDuty,
  type TQaChanged,
  type TQaThread,
} from "./qa";
import { ZOrderWatch, type TOrderProgressed, type TOrderSummary, type TOrderTimeline } from "./orders";

const ZNothing = z.object({}).strict();

/** Every acknowledgement has this one shape; errors are sanitized messages meant for people. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: string };

/** Client → server events, imperative `domain:verb`, each with the schema its payload must pass. */
export const clientEventSchemas = {
  "presence:enter": ZPresenceEnter,
  "activity:since": ZActivitySince,
  "shopper:set-preferences": ZShopperPreferences,
  "qa:ask": ZQaAsk,
  "qa:reply": ZQaReply,
  "qa:edit": ZQaEdit,
  "qa:vote": ZQaVote,
  "qa:follow": ZQaFollow,
  "qa:since": ZQaSince,
  // The buyer's shopper, staff, or the holder of the order's private link key; everyone else is refused alike.
  "order:watch": ZOrderWatch,
  // Host-only events below: the server refuses them from shopper sockets.
  "qa:open": ZQaQuestionRef,
  "qa:typing": ZQaQuestionRef,
  "qa:moderate": ZQaModerate,
  "qa:block-author": ZQaPostRef,
  "host:set-duty": ZHostDuty,
  "host:floor": ZNothing,
  "host:queue": ZNothing,
} satisfies Record<string, z.ZodType>;

export type ClientEventName = keyof typeof clientEventSchemas;

export interface ClientAckData {
  /** `lookingNow`: every product room's shown count right now, when the page asked for it. */
  "presence:enter": { counts: TPresenceCount[]; lookingNow?: TPresenceCount[] };
  "activity:since": { events: TActivityEvent[] };
  "shopper:set-preferences": { invisible: boolean; showAliasInFeed: boolean; alias: string };
  "qa:ask": { thread: TQaThread; seq: string };
  "qa:reply": { thread: TQaThread; seq: string };
  "qa:edit": { thread: TQaThread; seq: string };
  "qa:vote": { thread: TQaThread; seq: string };
  "qa:follow": { following: boolean };
  "qa:since": { threads: TQaThread[]; seq: string };
  /** The order's state and every step so far: the page replaces what it rendered, so nothing missed survives. */
  "order:watch": TOrderTimeline;
  "qa:open": { thread: TQaThread; seq: string };
  "qa:typing": Record<string, never>;
  "qa:moderate": { thread: TQaThread; seq: string };
  "qa:block-author": { blocked: true };
  "host:set-duty": { hosts: THostOnDuty[] };
  "host:floor": TFloor;
  "host:queue": { threads: TQaThread[]; seq: string };
}

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: unknown, ack?: (result: Ack<ClientAckData[E]>) => void) => void;
};

/** Server → client events, past tense. */
export interface ServerToClientEvents {
  /** The changed counts of the rooms this socket is in, at most one message per socket per push. */
  "presence:counted": (counts: TPresenceCount[]) => void;
  "activity:recorded": (event: TActivityEvent) => void;
  /** A thread was posted to, edited or moderated; `seq` lets clients catch up from the last one seen. */
  "qa:changed": (change: TQaChanged) => void;
  /** Ephemeral: a host is typing an answer (never stored). */
  "qa:typing": (typing: { questionId: string; host: string }) => void;
  /** To the asker and followers, on whatever page they are: their question got a host answer. */
  "qa:answered": (answered: { questionId: string; product: { slug: string; title: string } }) => void;
  "hosts:changed": (hosts: { hosts: THostOnDuty[] }) => void;
  /** Host console only. */
  "floor:updated": (floor: TFloor) => void;
  /** Staff only: a shopper placed an order. */
  "order:placed": (order: TOrderSummary) => void;
  /** To the order's audience (its buyer's pages) and staff: a step was taken (moved, paid, cancelled). */
  "order:progressed": (progressed: TOrderProgressed) => void;
}
