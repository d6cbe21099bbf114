import type pg from "pg";
import { RateLimiterRes } from "rate-limiter-flexible";
import { UserError } from "@/lib/errors/user-error";
import { addressLimitKey } from "@/lib/server/client-address";
import { postgresLimiter, waitText, type Budget, type LimitVerdict } from "./limit-store";

/**
 * New anonymous identities per address. Generous for a household or an office behind one address, and
 * still far from the rows-per-second a script would create.
 */
export const DEFAULT_IDENTITY_LIMITS: { perMinute: Budget; perHour: Budget } = {
  perMinute: { points: 30, duration: 60 },
  perHour: { points: 300, duration: 60 * 60 },
};

export class IdentityLimitError extends UserError {
  constructor(readonly retryAfterMs: number) {
    super(
      `So many new visitors came from your network just now that we paused new ones. Please try again in ${waitText(retryAfterMs)}.`,
      "rate_limited",
    );
  }
}

export interface IdentityLimiter {
  /** Spends one new identity for this address (a verdict, see LimitVerdict for why not a throw). */
  consume(address: string): Promise<LimitVerdict>;
}

export function createIdentityLimiter(pool: pg.Pool, limits = DEFAULT_IDENTITY_LIMITS): IdentityLimiter {
  const perMinute = postgresLimiter(pool, "identity-minute", limits.perMinute);
  const perHour = postgresLimiter(pool, "identity-hour", limits.perHour);
  return {
    consume: async (address) => {
      const key = addressLimitKey(address);
      try {
        await Promise.all([perMinute.consume(key), perHour.consume(key)]);
        return { allowed: true };
      } catch (error) {
        if (error instanceof RateLimiterRes) return { allowed: false, retryAfterMs: error.msBeforeNext };
        throw error;
      }
    },
  };
}
