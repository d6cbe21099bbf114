import { formatDuration } from "@/lib/platform/time/format-duration";

export type WaitTone = "good" | "warn" | "late";

/** Green under half the promised time, amber until the promise, red beyond it. */
export function waitTone(waitedSeconds: number, promisedMinutes: number): WaitTone {
  const promise = Math.max(1, promisedMinutes) * 60;
  if (waitedSeconds < promise / 2) return "good";
  if (waitedSeconds < promise) return "warn";
  return "late";
}

/** "0:42", "12:05", "1:02:09": a stopwatch reading. */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** The words that go with the colour, so the state never rests on colour alone. */
export function waitToneLabel(waitedSeconds: number, promisedMinutes: number): string {
  const tone = waitTone(waitedSeconds, promisedMinutes);
  if (tone === "good") return `within the ${promisedMinutes} min promise`;
  if (tone === "warn") return `nearing the ${promisedMinutes} min promise`;
  return `over the ${promisedMinutes} min promise by ${formatDuration(waitedSeconds - promisedMinutes * 60)}`;
}
