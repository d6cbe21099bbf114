import type { ActivityInput } from "./activity-writer";
import type { ViewCounter } from "./view-counter";

/**
 * Product views become one stored event per product per window ("3 shoppers looked at …"),
 * counting distinct shoppers, so the feed never turns page loads into fake crowds.
 */
export class ViewAggregator implements ViewCounter {
  private viewers = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly emit: (input: ActivityInput) => void,
    private readonly windowMs = 60_000,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.windowMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  note(productId: string, shopperId: string): void {
    let set = this.viewers.get(productId);
    if (!set) this.viewers.set(productId, (set = new Set()));
    set.add(shopperId);
  }

  async flush(): Promise<void> {
    const at = new Date();
    for (const [productId, shoppers] of this.viewers) {
      this.emit({ kind: "view", productId, count: shoppers.size, at });
    }
    this.viewers.clear();
  }
}
