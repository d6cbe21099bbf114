import "./zod-browser";
import { z } from "zod";
import { RESERVED_WORD_MESSAGE, usesReservedWord } from "./public-name";

export const ZPresenceEnter = z
  .object({
    productId: z.uuid().nullable(),
    /** The page shows "being looked at right now" and wants every product's count. */
    lookingNow: z.boolean().optional(),
  })
  .strict();
export type TPresenceEnter = z.infer<typeof ZPresenceEnter>;

/** A room's count of people; null when below the merchant's threshold (an empty shop stays quiet). */
export const ZPresenceCount = z.object({
  room: z.string(),
  count: z.number().int().nonnegative().nullable(),
});
export type TPresenceCount = z.infer<typeof ZPresenceCount>;

export const ZShopperAlias = z
  .string()
  .trim()
  .min(2, "An alias needs at least 2 characters")
  .max(32, "An alias can have at most 32 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} .'-]*$/u, "Use letters, numbers, spaces, dots, dashes or apostrophes")
  .refine((alias) => !usesReservedWord(alias), RESERVED_WORD_MESSAGE);

export const ZShopperPreferences = z
  .object({ invisible: z.boolean(), showAliasInFeed: z.boolean(), alias: ZShopperAlias, helpsOthers: z.boolean() })
  .partial()
  .strict();
export type TShopperPreferences = z.infer<typeof ZShopperPreferences>;

export { LOOKING_NOW_ROOM, STORE_ROOM, productRoom } from "./rooms";

/** GET /api/shopper: who this tab is. `staff` is set when a staff member is signed in (they are never counted). */
export const ZViewer = z.object({
  alias: z.string(),
  invisible: z.boolean(),
  showAliasInFeed: z.boolean(),
  /** Opted in to being asked about products they bought. */
  helpsOthers: z.boolean(),
  staff: z.object({ name: z.string() }).nullable(),
  /** Recognises this shopper's own events in the feed, which are left out of what they see. */
  feedKey: z.string(),
  /** The closed kitchen is an experiment's comparison group: no live layer (lib/domains/experiments). */
  kitchen: z.enum(["open", "closed"]),
  /** The shop runs an experiment this shopper is part of (the privacy panel says so). */
  inExperiment: z.boolean(),
});
export type TViewer = z.infer<typeof ZViewer>;
