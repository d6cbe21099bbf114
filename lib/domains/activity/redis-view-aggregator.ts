import type { Logger } from "pino";
import type { RedisClient } from "@/lib/platform/cluster/redis-client";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";
import type { ActivityInput } from "./activity-writer";
import type { ViewCounter } from "./view-counter";

/**
 * Closes windows atomically: each (window, product) set is counted and deleted by one script, so
 * exactly one instance emits its event, however many try at once.
 * KEYS: open set. ARGV: key prefix, last window to close.
 */
const TAKE_SCRIPT = `
local out = {}
for _, member in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local sep = string.find(member, ':', 1, true)
  if tonumber(string.sub(member, 1, sep - 1)) <= tonumber(ARGV[2]) then
    local key = ARGV[1] .. member
    table.insert(out, string.sub(member, sep + 1))
    table.insert(out, redis.call('SCARD', key))
    redis.call('DEL', key)
    redis.call('SREM', KEYS[1], member)
  end
end
return out`;

export interface RedisViewAggregatorOptions {
  redis: RedisClient;
  emit: (input: ActivityInput) => void;
  log: Logger;
  windowMs?: number;
  keyPrefix?: string;
}

/**
 * Views across instances: one Redis set of shopper ids per product per window, so a shopper who
 * looks at a product through two instances in the same minute counts once.
 */
export class RedisViewAggregator implements ViewCounter {
  private job: IntervalJob | undefined;
  private readonly windowMs: number;
  private readonly prefix: string;

  constructor(private readonly options: RedisViewAggregatorOptions) {
    this.windowMs = options.windowMs ?? 60_000;
    this.prefix = options.keyPrefix ?? "ok:views:";
  }

  start(): void {
    // Any instance may close a window; checking often keeps the event close to the window's end.
    const everyMs = Math.min(this.windowMs, 5_000);
    this.job ??= startIntervalJob("view-windows", everyMs, () => this.flush(), this.options.log);
  }

  async stop(): Promise<void> {
    this.job?.stop();
    this.job = undefined;
    // Only closed windows: the current one stays in Redis for the instances still running.
    await this.flush();
  }

  note(productId: string, shopperId: string): void {
    const member = `${this.window()}:${productId}`;
    const key = this.prefix + member;
    void Promise.all([
      this.options.redis.sAdd(key, shopperId),
      this.options.redis.pExpire(key, this.windowMs * 10),
      this.options.redis.sAdd(this.openKey(), member),
    ]).catch((err: unknown) => this.options.log.warn({ err }, "view not counted"));
  }

  async flush(all = false): Promise<void> {
    const last = all ? Number.MAX_SAFE_INTEGER : this.window() - 1;
    try {
      const flat = (await this.options.redis.eval(TAKE_SCRIPT, {
        keys: [this.openKey()],
        arguments: [this.prefix, String(last)],
      })) as (string | number)[];
      const at = new Date();
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const count = Number(flat[i + 1]);
        if (count > 0) this.options.emit({ kind: "view", productId: String(flat[i]), count, at });
      }
    } catch (err) {
      this.options.log.warn({ err }, "view windows not closed; next check retries");
    }
  }

  private window = () => Math.floor(Date.now() / this.windowMs);
  private openKey = () => `${this.prefix}open`;
}
