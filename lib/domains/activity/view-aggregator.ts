import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";
import type { ActivityInput } from "./activity-writer";
import type { ViewCounter } from "./view-counter";

/**
 * Product views become one stored event per product per window ("3 shoppers looked at …"),
 * counting distinct shoppers, so the feed never turns page loads into fake crowds.
 */
export class ViewAggregator implements ViewCounter {
  private viewers = new Map<string, Set<string>>();
  private job: IntervalJob | undefined;

  constructor(
    private readonly emit: (input: ActivityInput) => void,
    private readonly windowMs = 60_000,
  ) {}

  start(): void {
    // flush() only hands the window's counts to `emit`, which queues them: it cannot fail.
    this.job ??= startIntervalJob(
      "view-window",
      this.windowMs,
      () => this.flush(),
      () => undefined,
    );
  }

  async stop(): Promise<void> {
    this.job?.stop();
    this.job = undefined;
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
