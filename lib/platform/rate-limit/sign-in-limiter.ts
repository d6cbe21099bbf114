import type pg from "pg";
import { RateLimiterRes } from "rate-limiter-flexible";
import { UserError } from "@/lib/platform/errors/user-error";
import { SIGN_IN_LIMITS } from "@/lib/platform/contracts/limits";
import { addressLimitKey } from "@/lib/platform/http/client-address";
import { postgresLimiter, refusedForMs, waitText } from "./limit-store";
import { backoffDelay } from "@/lib/platform/backoff";

export interface SignInLimits {
  /**
   * Attempts on one account from one address before that pair pauses (each further pause within a day
   * doubles). Only the guessing address waits: the account stays open everywhere else.
   */
  perAccountAddress: { attempts: number; windowSeconds: number; firstPauseSeconds: number; maxPauseSeconds: number };
  /** Failed attempts from one address (on any accounts) before it pauses. */
  perAddress: { attempts: number; windowSeconds: number; pauseSeconds: number };
  /**
   * Failed attempts on one account from anywhere before it is "under attack": from then on every attempt
   * on it waits `slowDownMs` first, and an address that already failed on it once is paused like one that
   * failed `perAccountAddress.attempts` times. The right password from an address that has not failed is
   * never refused, only slowed.
   */
  perAccount: { attempts: number; windowSeconds: number; slowDownMs: number };
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = SIGN_IN_LIMITS;

export class SignInLimitError extends UserError {
  constructor(readonly retryAfterMs: number) {
    super(`Too many sign-in attempts. Please wait ${waitText(retryAfterMs)} and try again.`, "rate_limited");
  }
}

/** Refused for a while, or allowed after waiting `delayMs` (0 when the account is not under attack). */
export type SignInVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

export interface SignInLimiter {
  /**
   * Counts an attempt before the password is checked, so parallel guesses are counted too; refuses while
   * this address is paused, on this account or on all of them (even for the right password).
   */
  attempt(email: string, address: string): Promise<SignInVerdict>;
  /** The password was right: this address's count on the account starts over and it gets its attempt back. */
  succeeded(email: string, address: string): Promise<void>;
}

/**
 * Per account and address, per address, and per account (a slow-down, never a lockout): in Postgres
 * (rate-limiter-flexible) so every instance counts together. A stranger guessing an owner's password
 * pauses only their own addresses (OWASP ASVS 6.3: no lockout of the legitimate user).
 */
export function createSignInLimiter(pool: pg.Pool, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): SignInLimiter {
  const { perAccountAddress: pair, perAddress: address, perAccount: account } = limits;
  const pairs = postgresLimiter(pool, "sign-in-account-address", {
    points: pair.attempts,
    duration: pair.windowSeconds,
  });
  // How many pauses a pair had today: the next one lasts twice as long.
  const pauses = postgresLimiter(pool, "sign-in-pauses", { points: 1_000_000, duration: 24 * 60 * 60 });
  const addresses = postgresLimiter(pool, "sign-in-address", {
    points: address.attempts,
    duration: address.windowSeconds,
    blockDuration: address.pauseSeconds,
  });
  const accounts = postgresLimiter(pool, "sign-in-account", { points: 1_000_000, duration: account.windowSeconds });
  const accountKey = (email: string) => email.trim().toLowerCase();
  const pairKey = (email: string, from: string) => `${accountKey(email)}|${addressLimitKey(from)}`;

  const pausePair = async (key: string): Promise<number> => {
    const { consumedPoints } = await pauses.penalty(key);
    const pause = { baseMs: pair.firstPauseSeconds, maxMs: pair.maxPauseSeconds }; // in seconds here
    const seconds = backoffDelay(consumedPoints - 1, pause);
    await pairs.block(key, seconds);
    return seconds * 1000;
  };

  return {
    attempt: async (email, from) => {
      const key = pairKey(email, from);
      const where = addressLimitKey(from);
      const [pairNow, addressNow, accountNow] = await Promise.all([
        pairs.get(key),
        addresses.get(where),
        accounts.get(accountKey(email)),
      ]);
      // Refuse a paused pair or address without counting: waiting it out is enough to try again.
      const waiting = Math.max(refusedForMs(pairNow, pair.attempts), refusedForMs(addressNow, address.attempts));
      if (waiting > 0) return { allowed: false, retryAfterMs: waiting };
      const underAttack = (accountNow?.consumedPoints ?? 0) >= account.attempts;
      // Under attack an address gets one guess: rotating addresses buys the attacker one slowed try each.
      if (underAttack && (pairNow?.consumedPoints ?? 0) >= 1)
        return { allowed: false, retryAfterMs: await pausePair(key) };

      const [forPair, forAddress, forAccount] = await Promise.allSettled([
        pairs.consume(key),
        addresses.consume(where),
        accounts.consume(accountKey(email)),
      ]);
      if (forAccount.status === "rejected") throw forAccount.reason;
      if (forPair.status === "rejected") {
        if (!(forPair.reason instanceof RateLimiterRes)) throw forPair.reason;
        return { allowed: false, retryAfterMs: await pausePair(key) };
      }
      if (forAddress.status === "rejected") {
        if (!(forAddress.reason instanceof RateLimiterRes)) throw forAddress.reason;
        return { allowed: false, retryAfterMs: forAddress.reason.msBeforeNext };
      }
      return { allowed: true, delayMs: underAttack ? account.slowDownMs : 0 };
    },
    succeeded: async (email, from) => {
      // The account-wide count stays: the attacker's other addresses are still slowed.
      await Promise.all([
        pairs.delete(pairKey(email, from)),
        accounts.reward(accountKey(email), 1),
        addresses.reward(addressLimitKey(from), 1),
      ]);
    },
  };
}

/** Waits out a verdict's slow-down. */
export function slowDown(verdict: SignInVerdict): Promise<void> {
  if (!verdict.allowed || verdict.delayMs <= 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
}
