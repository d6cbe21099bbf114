import { z } from "zod";
import { ZActivitySince, type TActivityEvent } from "./activity";
import { ZPresenceEnter, ZShopperPreferences, type TPresenceCount } from "./presence";

/** Every acknowledgement has this one shape; errors are sanitized messages meant for people. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: string };

/** Client → server events, imperative `domain:verb`, each with the schema its payload must pass. */
export const clientEventSchemas = {
  "presence:enter": ZPresenceEnter,
  "activity:since": ZActivitySince,
  "shopper:set-preferences": ZShopperPreferences,
} satisfies Record<string, z.ZodType>;

export type ClientEventName = keyof typeof clientEventSchemas;

export interface ClientAckData {
  "presence:enter": { counts: TPresenceCount[] };
  "activity:since": { events: TActivityEvent[] };
  "shopper:set-preferences": { invisible: boolean; showAliasInFeed: boolean; alias: string };
}

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: unknown, ack?: (result: Ack<ClientAckData[E]>) => void) => void;
};

/** Server → client events, past tense. */
export interface ServerToClientEvents {
  /** The changed counts of the rooms this socket is in, at most one message per socket per push. */
  "presence:counted": (counts: TPresenceCount[]) => void;
  "activity:recorded": (event: TActivityEvent) => void;
}
