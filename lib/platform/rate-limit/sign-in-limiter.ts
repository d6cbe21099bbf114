import type pg from "pg";
import { RateLimiterRes } from "rate-limiter-flexible";
import { UserError } from "@/lib/platform/errors/user-error";
import { SIGN_IN_LIMITS } from "@/lib/platform/contracts/limits";
import { addressLimitKey } from "@/lib/platform/http/client-address";
import { postgresLimiter, refusedForMs, waitText, type LimitVerdict } from "./limit-store";
import { backoffDelay } from "@/lib/platform/backoff";

export interface SignInLimits {
  /** Attempts on one account (from anywhere) before it pauses; each further pause within a day doubles. */
  perAccount: { attempts: number; windowSeconds: number; firstPauseSeconds: number; maxPauseSeconds: number };
  /** Failed attempts from one address (on any accounts) before it pauses. */
  perAddress: { attempts: number; windowSeconds: number; pauseSeconds: number };
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = SIGN_IN_LIMITS;

export class SignInLimitError extends UserError {
  constructor(readonly retryAfterMs: number) {
    super(`Too many sign-in attempts. Please wait ${waitText(retryAfterMs)} and try again.`, "rate_limited");
  }
}

export interface SignInLimiter {
  /**
   * Counts an attempt before the password is checked, so parallel guesses are counted too; refuses while
   * the account or the address is paused (even for the right password).
   */
  attempt(email: string, address: string): Promise<LimitVerdict>;
  /** The password was right: the account's count starts over and the address gets its attempt back. */
  succeeded(email: string, address: string): Promise<void>;
}

/** Per account and per address, in Postgres (rate-limiter-flexible) so every instance counts together. */
export function createSignInLimiter(pool: pg.Pool, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): SignInLimiter {
  const { perAccount: account, perAddress: address } = limits;
  const accounts = postgresLimiter(pool, "sign-in-account", {
    points: account.attempts,
    duration: account.windowSeconds,
  });
  // How many pauses an account had today: the next one lasts twice as long.
  const pauses = postgresLimiter(pool, "sign-in-pauses", { points: 1_000_000, duration: 24 * 60 * 60 });
  const addresses = postgresLimiter(pool, "sign-in-address", {
    points: address.attempts,
    duration: address.windowSeconds,
    blockDuration: address.pauseSeconds,
  });
  const accountKey = (email: string) => email.trim().toLowerCase();

  const pauseAccount = async (key: string): Promise<number> => {
    const { consumedPoints } = await pauses.penalty(key);
    const pause = { baseMs: account.firstPauseSeconds, maxMs: account.maxPauseSeconds }; // in seconds here
    const seconds = backoffDelay(consumedPoints - 1, pause);
    await accounts.block(key, seconds);
    return seconds * 1000;
  };

  return {
    attempt: async (email, from) => {
      const key = accountKey(email);
      const where = addressLimitKey(from);
      // Refuse a paused account or address without counting: waiting it out is enough to try again.
      const [accountNow, addressNow] = await Promise.all([accounts.get(key), addresses.get(where)]);
      const waiting = Math.max(refusedForMs(accountNow, account.attempts), refusedForMs(addressNow, address.attempts));
      if (waiting > 0) return { allowed: false, retryAfterMs: waiting };

      const [forAccount, forAddress] = await Promise.allSettled([accounts.consume(key), addresses.consume(where)]);
      if (forAccount.status === "rejected") {
        if (!(forAccount.reason instanceof RateLimiterRes)) throw forAccount.reason;
        return { allowed: false, retryAfterMs: await pauseAccount(key) };
      }
      if (forAddress.status === "rejected") {
        if (!(forAddress.reason instanceof RateLimiterRes)) throw forAddress.reason;
        return { allowed: false, retryAfterMs: forAddress.reason.msBeforeNext };
      }
      return { allowed: true };
    },
    succeeded: async (email, from) => {
      await Promise.all([accounts.delete(accountKey(email)), addresses.reward(addressLimitKey(from), 1)]);
    },
  };
}
