import { limitPool } from "./limit-store";
import { createSignInLimiter, type SignInLimiter } from "./sign-in-limiter";
import { processSingleton } from "@/lib/platform/process-singleton";

/** The process's sign-in limiter (server actions and /api/auth share it, and the counts live in Postgres). */
export function signInLimiter(): SignInLimiter {
  return processSingleton("sign-in-limiter", () => createSignInLimiter(limitPool()));
}
