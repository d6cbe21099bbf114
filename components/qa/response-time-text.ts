import { formatDuration } from "@/lib/platform/time/format-duration";

export function responseTimeSentence(medianSeconds: number | null, answered: number, windowDays: number): string {
  if (medianSeconds === null) {
    return `Not enough answered questions in the last ${windowDays} days to say how fast we answer.`;
  }
  const answers = answered === 1 ? "1 answer" : `${answered} answers`;
  return `Hosts usually answer within ${formatDuration(medianSeconds, { round: "up" })} (median over the last ${windowDays} days, ${answers}).`;
}
