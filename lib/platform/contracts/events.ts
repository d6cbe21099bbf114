import "./zod-browser";
import { z } from "zod";
import { ZActivitySince, type TActivityEvent } from "./activity";
import { ZPresenceEnter, ZShopperPreferences, type TPresenceCount } from "./presence";
import {
  ZPollAnswer,
  ZPollCreate,
  ZPollFollow,
  ZPollList,
  ZPollRef,
  ZPromptPublish,
  type TMyPollAnswer,
  type TPoll,
  type TPollResults,
  type TPromptAnswerForStaff,
} from "./polls";
import type { THelpRequest, TKitchenUpdate } from "./kitchen";
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
  type TQaVoted,
} from "./qa";
import { ZNotifyAnswer, ZNotifyErase, ZNotifySession, type TStoredAddress } from "./mail";
import { ZOrderWatch, type TOrderProgressed, type TOrderSummary, type TOrderTimeline } from "./orders";

const ZNothing = z.object({}).strict();

/**
 * Every acknowledgement has this one shape; errors are sanitized messages meant for people. `code` lets
 * clients branch without reading the message (the browser layer adds "timeout" and "offline").
 */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };

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
  // Email on an answer or before a session (only while the shop has SMTP_URL), the privacy panel's list and erase.
  "notify:answer": ZNotifyAnswer,
  "notify:session": ZNotifySession,
  "notify:list": ZNothing,
  "notify:erase": ZNotifyErase,
  // The buyer's shopper, staff, or the holder of the order's private link key; everyone else is refused alike.
  "order:watch": ZOrderWatch,
  // Host-only events below: the server refuses them from shopper sockets.
  "qa:open": ZQaQuestionRef,
  "qa:typing": ZQaQuestionRef,
  "qa:moderate": ZQaModerate,
  "qa:block-author": ZQaPostRef,
  "host:set-duty": ZHostDuty,
  "host:get-floor": ZNothing,
  "host:get-queue": ZNothing,
  // Polls: shoppers list, answer and follow; hosts create, close, publish answers and read the panel.
  "poll:list": ZPollList,
  "poll:answer": ZPollAnswer,
  "poll:follow": ZPollFollow,
  "poll:create": ZPollCreate,
  "poll:close": ZPollRef,
  "poll:publish-answer": ZPromptPublish,
  "poll:staff-list": ZNothing,
} satisfies Record<string, z.ZodType>;

export type ClientEventName = keyof typeof clientEventSchemas;
/** What a client may send for an event: the schema's input (before defaults and transforms). */
export type ClientEventInput<E extends ClientEventName> = z.input<(typeof clientEventSchemas)[E]>;

export interface ClientAckData {
  /** `lookingNow`: every product room's shown count right now, when the page asked for it. */
  "presence:enter": { counts: TPresenceCount[]; lookingNow?: TPresenceCount[] };
  /** Oldest first, one page; `more`: later events exist, ask again after the last id. */
  "activity:since": { events: TActivityEvent[]; more: boolean };
  "shopper:set-preferences": { invisible: boolean; showAliasInFeed: boolean; alias: string; helpsOthers: boolean };
  "qa:ask": { thread: TQaThread; seq: string };
  "qa:reply": { thread: TQaThread; seq: string };
  "qa:edit": { thread: TQaThread; seq: string };
  /** The post's count after this vote; the ack carries the same change the audience hears. */
  "qa:vote": TQaVoted;
  "qa:follow": { following: boolean };
  /** One page of changes up to `seq`; `more`: later changes exist, ask again from `seq`. */
  "qa:since": { threads: TQaThread[]; seq: string; more: boolean };
  "notify:answer": { questionId: string };
  "notify:session": { remindAt: string };
  "notify:list": { addresses: TStoredAddress[] };
  "notify:erase": { erased: number };
  /** The order's state and every step so far: the page replaces what it rendered, so nothing missed survives. */
  "order:watch": TOrderTimeline;
  "qa:open": { thread: TQaThread; seq: string };
  "qa:typing": Record<string, never>;
  "qa:moderate": { thread: TQaThread; seq: string };
  "qa:block-author": { blocked: true };
  "host:set-duty": { hosts: THostOnDuty[] };
  "host:get-floor": TFloor;
  "host:get-queue": { threads: TQaThread[]; seq: string };
  "poll:list": { active: TPoll[]; closed: TPoll[]; mine: Record<string, TMyPollAnswer> };
  "poll:answer": { optionId: string | null; body: string | null; results: TPollResults };
  "poll:follow": { following: boolean };
  "poll:create": TPoll;
  "poll:close": { closed: true };
  "poll:publish-answer": { published: true };
  "poll:staff-list": { polls: TPoll[]; answers: TPromptAnswerForStaff[] };
}

/** Typed for senders from the contract; the server still re-parses every payload (handle-event.ts). */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientEventInput<E>, ack?: (result: Ack<ClientAckData[E]>) => void) => void;
};

/** Server → client events, past tense. */
export interface ServerToClientEvents {
  /** The changed counts of the rooms this socket is in, at most one message per socket per push. */
  "presence:counted": (counts: TPresenceCount[]) => void;
  /**
   * Stored activity, oldest first. A store-wide push: at most one per socket per push interval, carrying
   * every event stored since the last one (the feed's catch-up still covers anything missed).
   */
  "activity:recorded": (events: TActivityEvent[]) => void;
  /** A thread was posted to, edited or moderated; `seq` lets clients catch up from the last one seen. */
  "qa:changed": (change: TQaChanged) => void;
  /** A vote changed one post's count: the change alone (the thread is not re-sent). */
  "qa:voted": (change: TQaVoted) => void;
  /** Ephemeral: a host is typing an answer (never stored). */
  "qa:typing": (typing: { questionId: string; host: string }) => void;
  /** To the asker and followers, on whatever page they are: their question got a host answer. */
  "qa:answered": (answered: { questionId: string; product: { slug: string; title: string } }) => void;
  "hosts:changed": (hosts: { hosts: THostOnDuty[] }) => void;
  /** Host console only. */
  "floor:updated": (floor: TFloor) => void;
  /** A host opened a poll or prompt for this audience. */
  "poll:opened": (poll: TPoll) => void;
  /** Someone answered: new counts (null while below the store's threshold). */
  "poll:tallied": (tally: { pollId: string; results: TPollResults }) => void;
  "poll:closed": (closed: { pollId: string; results: TPollResults }) => void;
  /** To followers, on any page: the poll they asked about has closed. */
  "poll:result-ready": (ready: { pollId: string; question: string }) => void;
  /** Staff only: a written answer to a prompt (alias only when the shopper allowed it). */
  "poll:answer-received": (answer: TPromptAnswerForStaff) => void;
  "poll:answer-published": (published: { pollId: string; answer: { id: string; alias: string; body: string } }) => void;
  /** Behind-the-scenes updates from the kitchen, to everyone in the shop. */
  "kitchen:posted": (update: TKitchenUpdate) => void;
  "kitchen:edited": (update: TKitchenUpdate) => void;
  "kitchen:removed": (removed: { id: string }) => void;
  /** To an opted-in buyer in the shop now: a question about something they bought waits for an answer. */
  "help:requested": (request: THelpRequest) => void;
  /** Staff only: a shopper placed an order. */
  "order:placed": (order: TOrderSummary) => void;
  /** To the order's audience (its buyer's pages) and staff: a step was taken (moved, paid, cancelled). */
  "order:progressed": (progressed: TOrderProgressed) => void;
}
