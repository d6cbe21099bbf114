import "./zod-browser";
import { z } from "zod";
import { zLine } from "./text";
import { ZActivityKind } from "./activity";

const currencies = new Set(Intl.supportedValuesOf("currency"));

/** /admin/settings store form: name, currency, promised response time. */
export const ZStoreSettingsInput = z
  .object({
    name: zLine().min(1, "Name is required").max(80),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => currencies.has(c), "Unknown ISO 4217 currency code"),
    promisedResponseMinutes: z.coerce
      .number({ error: "Enter a number of minutes" })
      .int("Enter whole minutes")
      .min(1, "At least 1 minute")
      .max(24 * 60, "At most 1440 minutes (a day)"),
  })
  .strict();
export type TStoreSettingsInput = z.infer<typeof ZStoreSettingsInput>;

/**
 * /admin/settings open-kitchen form: what the live layer shows, how long its evidence is kept, and the
 * Q&A word and link filter. Blocked words arrive as one text (one per line) and leave as a list.
 */
export const ZLiveSettingsInput = z
  .object({
    presenceThreshold: z.coerce
      .number({ error: "Enter a number of people" })
      .int("Enter a whole number")
      .min(1, "At least 1")
      .max(100, "At most 100"),
    broadcastKinds: z.array(ZActivityKind).transform((kinds) => [...new Set(kinds)]),
    // Counts over the last 7 days must stay verifiable from stored events.
    retentionDays: z.coerce
      .number({ error: "Enter a number of days" })
      .int("Enter whole days")
      .min(7, "Keep events at least 7 days")
      .max(3650, "At most 3650 days"),
    blockedWords: z
      .string()
      .max(5000, "Keep the list under 5000 characters")
      .transform((text) => [
        ...new Set(
          text
            .split(/\r?\n/)
            .map((w) => w.trim().toLowerCase())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().max(60, "Each blocked word must be under 60 characters")).max(500, "At most 500 words")),
    blockLinks: z.boolean(),
    /** Questions waiting this long without a host answer are offered to opted-in buyers (0: at once). */
    buyerHelpAfterMinutes: z.coerce
      .number({ error: "Enter a number of minutes" })
      .int("Enter whole minutes")
      .min(0, "0 or more minutes")
      .max(24 * 60, "At most 1440 minutes (a day)")
      .optional(),
  })
  .strict();
/** What the form sends (blocked words as text) and what the domain stores (a list): not the same shape. */
export type TLiveSettingsForm = z.input<typeof ZLiveSettingsInput>;
export type TLiveSettingsInput = z.output<typeof ZLiveSettingsInput>;
