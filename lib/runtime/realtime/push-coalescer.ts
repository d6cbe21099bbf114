import type { Publication } from "@/lib/platform/publish/publish";

export interface PushCoalescerOptions {
  /** Sends one merged publication (its payload the arrays of the publications it merged, concatenated in order). */
  emit: (publication: Publication) => void;
  /** At most one push per audience in this many milliseconds; 0 merges only what arrives in the same turn. */
  intervalMs: number;
  now?: () => number;
}

interface Pending {
  publication: Publication;
  items: unknown[];
  cancel: () => void;
}

const keyOf = (p: Publication) => JSON.stringify([p.event, p.to, p.except, p.volatile]);

/**
 * Store-wide pushes, at most one per audience per interval. The first publication after a quiet
 * interval goes out on the next turn of the loop (a quiet shop hears an event at once); what arrives
 * while an interval is still running waits for its end and goes out as one push. Nothing is dropped and
 * the order of arrival is kept: the merged payload is every publication's items, oldest first.
 */
export class PushCoalescer {
  private readonly pending = new Map<string, Pending>();
  private readonly lastPush = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: PushCoalescerOptions) {
    this.now = options.now ?? Date.now;
  }

  add(publication: Publication): void {
    if (!Array.isArray(publication.payload))
      throw new TypeError(`${publication.event}: only array payloads can be merged`);
    const key = keyOf(publication);
    const waiting = this.pending.get(key);
    if (waiting) {
      waiting.items.push(...publication.payload);
      return;
    }
    const since = this.now() - (this.lastPush.get(key) ?? Number.NEGATIVE_INFINITY);
    const delay = Math.max(0, this.options.intervalMs - since);
    const push = () => this.push(key);
    // setImmediate, not setTimeout(0): a quiet shop's event should not wait for the timer phase (≥ 1 ms).
    let cancel: () => void;
    if (delay === 0) {
      const immediate = setImmediate(push);
      cancel = () => clearImmediate(immediate);
    } else {
      const timeout = setTimeout(push, delay);
      cancel = () => clearTimeout(timeout);
    }
    this.pending.set(key, { publication, items: [...publication.payload], cancel });
  }

  /** Sends everything waiting now (shutdown, tests); the next interval starts from here. */
  flush(): void {
    for (const key of [...this.pending.keys()]) this.push(key);
  }

  /** Sends what waits and forgets the intervals. */
  stop(): void {
    this.flush();
    this.lastPush.clear();
  }

  private push(key: string): void {
    const waiting = this.pending.get(key);
    if (!waiting) return;
    waiting.cancel();
    this.pending.delete(key);
    this.lastPush.set(key, this.now());
    this.options.emit({ ...waiting.publication, payload: waiting.items } as Publication);
  }
}
