import type { ActivityInput } from "./activity-writer";

/**
 * Product views become one stored event per product per window ("3 shoppers looked at …"),
 * counting distinct shoppers, so the feed never turns page loads into fake crowds.
 */
export class ViewAggregator {
  private viewers = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly emit: (input: ActivityInput) => void,
    private readonly windowMs = 60_000,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.flush(), this.windowMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }

  note(productId: string, shopperId: string): void {
    let set = this.viewers.get(productId);
    if (!set) this.viewers.set(productId, (set = new Set()));
    set.add(shopperId);
  }

  flush(): void {
    const at = new Date();
    for (const [productId, shoppers] of this.viewers) {
      this.emit({ kind: "view", productId, count: shoppers.size, at });
    }
    this.viewers.clear();
  }
}
