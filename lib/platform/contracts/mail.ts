import "./zod-browser";
import { z } from "zod";

export const MAIL_STATUSES = ["PENDING", "SENT", "FAILED", "SKIPPED"] as const;
export const ZMailStatus = z.enum(MAIL_STATUSES);
export type TMailStatus = z.infer<typeof ZMailStatus>;

/** /admin/outbox?status=…&after=<row id>: a status tab and the last row of the previous page. */
export const ZOutboxQuery = z.object({
  status: ZMailStatus.optional().catch(undefined),
  after: z.uuid().optional().catch(undefined),
});
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;

/** An address given for "tell me when it's answered" or "remind me": never shown to anyone, never required. */
export const ZNotifyEmail = z
  .string()
  .trim()
  .max(254, "That address is too long")
  .pipe(z.email("Enter an email address like name@example.com"));

/** notify:answer — email me when a host answers this question (or marks an answer). */
export const ZNotifyAnswer = z.object({ questionId: z.uuid(), email: ZNotifyEmail }).strict();
export type TNotifyAnswer = z.infer<typeof ZNotifyAnswer>;

/** notify:session — email me 10 minutes before this kitchen session. */
export const ZNotifySession = z.object({ sessionId: z.uuid(), email: ZNotifyEmail }).strict();
export type TNotifySession = z.infer<typeof ZNotifySession>;

/** notify:erase — erase this address (or, without one, every address this shopper gave). */
export const ZNotifyErase = z.object({ email: ZNotifyEmail.optional() }).strict();
export type TNotifyErase = z.infer<typeof ZNotifyErase>;

/** What the privacy panel lists: each stored address and what it is kept for, until when at the latest. */
export const ZStoredAddress = z.object({
  email: z.string(),
  purpose: z.string(),
  /** ISO time it will be erased at the latest; null while it waits for an answer. */
  eraseBy: z.iso.datetime().nullable(),
});
export type TStoredAddress = z.infer<typeof ZStoredAddress>;

/** The signed token of an unsubscribe link (query string ?t=). */
export const ZUnsubscribeToken = z
  .string()
  .min(10)
  .max(600)
  .regex(/^[qra]\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
