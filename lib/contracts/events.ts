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
} from "./qa";

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
  // Host-only events below: the server refuses them from shopper sockets.
  "qa:open": ZQaQuestionRef,
  "qa:typing": ZQaQuestionRef,
  "qa:moderate": ZQaModerate,
  "qa:block-author": ZQaPostRef,
  "host:set-duty": ZHostDuty,
  "host:floor": ZNothing,
  "host:queue": ZNothing,
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

export interface ClientAckData {
  /** `lookingNow`: every product room's shown count right now, when the page asked for it. */
  "presence:enter": { counts: TPresenceCount[]; lookingNow?: TPresenceCount[] };
  "activity:since": { events: TActivityEvent[] };
  "shopper:set-preferences": { invisible: boolean; showAliasInFeed: boolean; alias: string; helpsOthers: boolean };
  "qa:ask": { thread: TQaThread; seq: string };
  "qa:reply": { thread: TQaThread; seq: string };
  "qa:edit": { thread: TQaThread; seq: string };
  "qa:vote": { thread: TQaThread; seq: string };
  "qa:follow": { following: boolean };
  "qa:since": { threads: TQaThread[]; seq: string };
  "qa:open": { thread: TQaThread; seq: string };
  "qa:typing": Record<string, never>;
  "qa:moderate": { thread: TQaThread; seq: string };
  "qa:block-author": { blocked: true };
  "host:set-duty": { hosts: THostOnDuty[] };
  "host:floor": TFloor;
  "host:queue": { threads: TQaThread[]; seq: string };
  "poll:list": { active: TPoll[]; closed: TPoll[]; mine: Record<string, TMyPollAnswer> };
  "poll:answer": { optionId: string | null; body: string | null; results: TPollResults };
  "poll:follow": { following: boolean };
  "poll:create": TPoll;
  "poll:close": { closed: true };
  "poll:publish-answer": { published: true };
  "poll:staff-list": { polls: TPoll[]; answers: TPromptAnswerForStaff[] };
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
}
