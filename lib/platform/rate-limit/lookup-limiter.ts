import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { UserError } from "@/lib/platform/errors/user-error";
import { addressLimitKey } from "@/lib/platform/http/client-address";
import { waitText } from "./limit-store";
import { processSingleton } from "@/lib/platform/process-singleton";

export interface LookupLimiter {
  /**
   * Spends one attempt for this address (from clientAddressOf; an IPv6 /64 counts as one); throws a
   * UserError the person can read when over.
   */
  consume(address: string): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_LOOKUP_LIMIT = { points: 10, duration: 15 * 60 };

/**
 * Order lookups (number + email) per client address, counted in Postgres like the posting limits, so
 * guessing numbers for a known email — or emails for a known number — stays slow on every instance.
 */
export function createLookupLimiter(databaseUrl: string, limit = DEFAULT_LOOKUP_LIMIT): LookupLimiter {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: "order-lookup-ip",
    ...limit,
  });
  return {
    consume: async (address) => {
      try {
        await limiter.consume(addressLimitKey(address || "unknown"));
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        throw new UserError(
          `Too many lookups from your connection. Please wait ${waitText(error.msBeforeNext)} and try again.`,
          "rate_limited",
        );
      }
    },
    close: () => pool.end(),
  };
}

/** The process-wide limiter over DATABASE_URL (server actions share it through globalThis). */
export function lookupLimiter(): LookupLimiter {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the shop through server.ts");
  return processSingleton("lookup-limiter", () => createLookupLimiter(url), url);
}
