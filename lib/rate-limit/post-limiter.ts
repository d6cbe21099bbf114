import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { QaError } from "@/lib/qa/qa-error";

export interface PostLimits {
  perShopper: { points: number; duration: number };
  perIp: { points: number; duration: number };
}

export const DEFAULT_POST_LIMITS: PostLimits = {
  perShopper: { points: 6, duration: 60 },
  perIp: { points: 30, duration: 60 },
};

export interface PostLimiter {
  /** Spends one post for this shopper and address; throws a QaError the shopper can read when over. */
  consume(shopperId: string, ip: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Posting limits in Postgres (rate-limiter-flexible), so every app instance shares the same counters.
 * The rate_limits table comes from our migrations.
 */
export function createPostLimiter(databaseUrl: string, limits: PostLimits = DEFAULT_POST_LIMITS): PostLimiter {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true };
  const perShopper = new RateLimiterPostgres({ ...common, keyPrefix: "qa-shopper", ...limits.perShopper });
  const perIp = new RateLimiterPostgres({ ...common, keyPrefix: "qa-ip", ...limits.perIp });
  return {
    consume: async (shopperId, ip) => {
      try {
        await Promise.all([perShopper.consume(shopperId), perIp.consume(ip)]);
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
          throw new QaError(
            `You are posting faster than this shop allows. Please wait ${seconds} s and try again.`,
            "rate_limited",
          );
        }
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
