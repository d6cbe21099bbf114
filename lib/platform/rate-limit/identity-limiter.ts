import type pg from "pg";
import { RateLimiterRes } from "rate-limiter-flexible";
import { UserError } from "@/lib/platform/errors/user-error";
import { NEW_IDENTITY_LIMITS } from "@/lib/platform/contracts/limits";
import { addressLimitKey } from "@/lib/platform/http/client-address";
import { postgresLimiter, waitText, type Budget, type LimitVerdict } from "./limit-store";

export const DEFAULT_IDENTITY_LIMITS: { perMinute: Budget; perHour: Budget } = NEW_IDENTITY_LIMITS;

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
