/**
 * The one way a duration is written for people: "45 s", "3 min", "2 h 5 min", "3 days". Universal (the
 * browser and the server both use it). `round: "up"` where a shorter figure would promise more than the
 * record (response times shown to shoppers) or tell someone to come back too early (rate limits).
 */
export function formatDuration(seconds: number, { round = "nearest" }: { round?: "up" | "nearest" } = {}): string {
  const whole = round === "up" ? Math.ceil : Math.round;
  const s = Math.max(round === "up" ? 1 : 0, whole(seconds));
  if (s < 60) return `${s} s`;
  const minutes = whole(s / 60);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  return `${whole(minutes / (24 * 60))} days`;
}
