import { createIdentityLimiter, type IdentityLimiter } from "./identity-limiter";
import { limitPool } from "./limit-store";
import { createSignInLimiter, type SignInLimiter } from "./sign-in-limiter";

const globalForLimiters = globalThis as unknown as {
  okSignInLimiter?: SignInLimiter;
  okIdentityLimiter?: IdentityLimiter;
};

/** The process's sign-in limiter (server actions and /api/auth share it, and the counts live in Postgres). */
export function signInLimiter(): SignInLimiter {
  globalForLimiters.okSignInLimiter ??= createSignInLimiter(limitPool());
  return globalForLimiters.okSignInLimiter;
}

/** The process's limiter on new anonymous shopper identities per address. */
export function identityLimiter(): IdentityLimiter {
  globalForLimiters.okIdentityLimiter ??= createIdentityLimiter(limitPool());
  return globalForLimiters.okIdentityLimiter;
}
