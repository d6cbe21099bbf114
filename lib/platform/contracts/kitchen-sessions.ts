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

/** What pages show of a session: stored times only (the countdown is computed from them). */
export interface TKitchenSession {
  id: string;
  title: string;
  description: string;
  product: { slug: string; title: string } | null;
  host: { name: string; avatarUrl: string | null };
  startsAt: string;
  endsAt: string;
}

export type TSessionPhase = "upcoming" | "live" | "ended";

export function sessionPhase(session: Pick<TKitchenSession, "startsAt" | "endsAt">, now: number): TSessionPhase {
  if (now < Date.parse(session.startsAt)) return "upcoming";
  return now < Date.parse(session.endsAt) ? "live" : "ended";
}

/** "2 d 3 h", "3 h 05 min", "12:04": the time left, read from the stored start. */
export function countdownLabel(msLeft: number): string {
  const s = Math.max(0, Math.floor(msLeft / 1000));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, "0")} min`;
  return `${minutes}:${String(s % 60).padStart(2, "0")}`;
}
