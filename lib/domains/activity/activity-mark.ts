import { createHmac } from "node:crypto";
import { ACTIVITY_MARK_LENGTH } from "@/lib/platform/contracts/activity";

/*
 * How a shopper recognises their own events in the public feed without the feed carrying who did what:
 * every event of a shopper carries a mark = HMAC(feedKey, eventId), where feedKey = HMAC(secret, shopperId)
 * is told only to that shopper (GET /api/shopper). Marks differ per event, so they link nothing for
 * anyone without the key; the browser recomputes them with Web Crypto and leaves its own events out
 * (components/live/use-own-events.ts).
 */

export function feedKeyOf(secret: string, shopperId: string): string {
  return createHmac("sha256", secret).update(`feed-key:${shopperId}`).digest("hex");
}

export function activityMark(feedKey: string, eventId: string): string {
  return createHmac("sha256", feedKey).update(eventId).digest("hex").slice(0, ACTIVITY_MARK_LENGTH);
}

/** The mark of a stored event, or null when no shopper did it (views are counts, hosts are not marked). */
export function markOf(secret: string | undefined, shopperId: string | null, eventId: string): string | null {
  return secret && shopperId ? activityMark(feedKeyOf(secret, shopperId), eventId) : null;
}
