import "./zod-browser";
import { z } from "zod";
import { ACTIVITY_MARK_LENGTH } from "./limits";

export const ACTIVITY_KINDS = [
  "view",
  "cart_add",
  "purchase",
  "host_on_duty",
  "question_asked",
  "question_answered",
] as const;
export const ZActivityKind = z.enum(ACTIVITY_KINDS);
export type TActivityKind = z.infer<typeof ZActivityKind>;

export { ACTIVITY_MARK_LENGTH };

/**
 * What a broadcast activity carries: no IP, email, user agent, location or stable shopper identifier.
 * `mark` differs for every event; only the shopper who did it can recognise it (lib/domains/activity/activity-mark.ts).
 */
export const ZActivityEvent = z.object({
  id: z.string().regex(/^\d+$/),
  kind: ZActivityKind,
  product: z.object({ id: z.string(), slug: z.string(), title: z.string() }).nullable(),
  /** Present only when the shopper opted in to showing their alias. */
  alias: z.string().nullable(),
  regular: z.boolean(),
  /** Aggregated events (views) stand for this many shoppers. */
  count: z.number().int().positive(),
  at: z.iso.datetime(),
  mark: z.string().nullable(),
});
export type TActivityEvent = z.infer<typeof ZActivityEvent>;

export const ZActivitySince = z
  .object({
    afterId: z.string().regex(/^\d{1,19}$/, "afterId must be an event id"),
  })
  .strict();
export type TActivitySince = z.infer<typeof ZActivitySince>;
