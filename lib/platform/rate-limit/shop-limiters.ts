import { limitPool } from "./limit-store";
import { createSignInLimiter, type SignInLimiter } from "./sign-in-limiter";

const globalForLimiters = globalThis as unknown as {
  okSignInLimiter?: SignInLimiter;
};

/** The process's sign-in limiter (server actions and /api/auth share it, and the counts live in Postgres). */
export function signInLimiter(): SignInLimiter {
  globalForLimiters.okSignInLimiter ??= createSignInLimiter(limitPool());
  return globalForLimiters.okSignInLimiter;
}
