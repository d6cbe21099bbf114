import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { QaError } from "@/lib/qa/qa-error";
import { POST_LIMITS, WRITE_LIMITS } from "@/lib/contracts/limits";

type Limit = { points: number; duration: number };

export interface PostLimits {
  perShopper: Limit;
  perIp: Limit;
}

/** What a shopper writes: each kind has its own budget, so voting cannot eat the budget for asking. */
export type WriteKind = "post" | "edit" | "vote" | "preferences";

export const DEFAULT_POST_LIMITS: PostLimits = POST_LIMITS;

/** Budgets for the other writes, per shopper and per address. */
const OTHER_WRITE_LIMITS: Record<Exclude<WriteKind, "post">, PostLimits> = WRITE_LIMITS;

export interface PostLimiter {
  /** Spends one write of this kind for this shopper and address; throws a QaError the shopper can read when over. */
  consume(shopperId: string, ip: string, kind?: WriteKind): Promise<void>;
  close(): Promise<void>;
}

/**
 * Shoppers' write limits in Postgres (rate-limiter-flexible), so every app instance shares the same
 * counters. The rate_limits table comes from our migrations.
 */
export function createPostLimiter(databaseUrl: string, limits: PostLimits = DEFAULT_POST_LIMITS): PostLimiter {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true };
  const limitsOf: Record<WriteKind, PostLimits> = { post: limits, ...OTHER_WRITE_LIMITS };
  const limiters = Object.fromEntries(
    Object.entries(limitsOf).map(([kind, l]) => {
      // "post" keeps its historical key prefixes so existing counters carry over.
      const prefix = kind === "post" ? "qa" : `write-${kind}`;
      return [
        kind,
        {
          perShopper: new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}-shopper`, ...l.perShopper }),
          perIp: new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}-ip`, ...l.perIp }),
        },
      ];
    }),
  ) as Record<WriteKind, { perShopper: RateLimiterPostgres; perIp: RateLimiterPostgres }>;

  return {
    consume: async (shopperId, ip, kind = "post") => {
      const { perShopper, perIp } = limiters[kind];
      try {
        await Promise.all([perShopper.consume(shopperId), perIp.consume(ip)]);
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
          const doing = kind === "post" ? "posting" : kind === "vote" ? "voting" : "making changes";
          throw new QaError(
            `You are ${doing} faster than this shop allows. Please wait ${seconds} s and try again.`,
            "rate_limited",
          );
        }
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
