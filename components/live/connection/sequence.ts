/**
 * Sequence numbers (Q&A change ids, activity event ids) are Postgres bigints sent as decimal strings:
 * compare them as BigInt, never as text ("9" > "10") or as Number (loses precision past 2^53).
 */
export function seqAfter(a: string, b: string): boolean {
  return BigInt(a) > BigInt(b);
}

/** The later of two sequence numbers. */
export function newerSeq(a: string, b: string): string {
  return seqAfter(b, a) ? b : a;
}

/** The latest of any number of sequence numbers; "0" when there are none. */
export function latestSeq(seqs: Iterable<string>): string {
  let latest = "0";
  for (const seq of seqs) latest = newerSeq(latest, seq);
  return latest;
}
