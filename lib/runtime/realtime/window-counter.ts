/**
 * Fixed-window counters kept in one Map, as rate-limiter-flexible's memory limiter counts (a window
 * starts at a key's first point and lasts `duration` seconds), but without its timer per key: with
 * thousands of idle sockets a timer and record each were a large part of a socket's memory. Expired
 * windows are dropped when read, and swept in bulk now and then as keys are added.
 */
export class WindowCounter {
  private windows = new Map<string, { points: number; resetAt: number }>();
  private nextSweep = 0;

  constructor(
    private readonly limit: { points: number; duration: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends one point; false when the key's window is already spent. */
  consume(key: string): boolean {
    const now = this.now();
    let window = this.live(key, now);
    if (!window) {
      this.sweep(now);
      window = { points: 0, resetAt: now + this.limit.duration * 1000 };
      this.windows.set(key, window);
    }
    window.points += 1;
    return window.points <= this.limit.points;
  }

  /** True while the key's window is spent. */
  exhausted(key: string): boolean {
    const window = this.live(key, this.now());
    return window !== undefined && window.points >= this.limit.points;
  }

  get size(): number {
    return this.windows.size;
  }

  private live(key: string, now: number) {
    const window = this.windows.get(key);
    if (window && window.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.limit.duration * 1000;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
