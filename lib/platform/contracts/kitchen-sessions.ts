import "./zod-browser";
import { z } from "zod";
import { zBlock, zLine } from "./text";

export const SESSION_MIN_MINUTES = 10;
export const SESSION_MAX_MINUTES = 240;
/** How long before a session its reminder goes out. */
export const REMINDER_LEAD_MINUTES = 10;

/**
 * The host console's "Schedule a kitchen session" form. The start is the store's local time
 * ("2026-12-10T18:00" from a datetime-local input, read in the store's time zone); productId empty
 * means the whole shop.
 */
export const ZScheduleSession = z
  .object({
    title: zLine().min(3, "Give the session a title").max(80, "At most 80 characters"),
    description: zBlock().max(300, "At most 300 characters").default(""),
    productId: z.union([z.literal(""), z.uuid("Choose a product or the whole shop")]).transform((id) => id || null),
    startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a date and time"),
    durationMinutes: z.coerce
      .number({ error: "Enter a number of minutes" })
      .int("Enter whole minutes")
      .min(SESSION_MIN_MINUTES, `At least ${SESSION_MIN_MINUTES} minutes`)
      .max(SESSION_MAX_MINUTES, `At most ${SESSION_MAX_MINUTES} minutes`),
  })
  .strict();
export type TScheduleSessionInput = z.output<typeof ZScheduleSession>;
