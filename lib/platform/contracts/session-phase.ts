// Zod-free, so the shop's session banner (a client component) does not load zod with the page.
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
