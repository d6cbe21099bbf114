/** "within 4 min", "within 2 h": rounded up, so the promise shown is never faster than the record. */
export function formatDuration(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.ceil(hours / 24)} days`;
}

export function responseTimeSentence(medianSeconds: number | null, answered: number, windowDays: number): string {
  if (medianSeconds === null) {
    return `Not enough answered questions in the last ${windowDays} days to say how fast we answer.`;
  }
  const answers = answered === 1 ? "1 answer" : `${answered} answers`;
  return `Hosts usually answer within ${formatDuration(medianSeconds)} (median over the last ${windowDays} days, ${answers}).`;
}
