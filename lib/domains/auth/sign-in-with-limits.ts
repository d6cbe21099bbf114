import { isAPIError } from "better-auth/api";
import { UserError } from "@/lib/platform/errors/user-error";
import { SignInLimitError, slowDown, type SignInLimiter } from "@/lib/platform/rate-limit/sign-in-limiter";
import { auth } from "./auth";

/**
 * One message for every credential failure (unknown email, wrong password, deactivated account), so the
 * form never tells anyone which emails belong to staff.
 */
export class WrongCredentialsError extends UserError {
  constructor() {
    super("Wrong email or password.", "unauthenticated");
  }
}

export interface SignInInput {
  email: string;
  password: string;
  /** Who is signing in (CLIENT_ADDRESS_HEADER), for the per-address limit. */
  address: string;
  /** The request's headers: better-auth records the session's user agent and address from them. */
  headers: Headers;
}

/**
 * Staff sign-in with the same limits whichever way it comes (the form's server action or /api/auth):
 * the attempt is counted before the password is checked, and an address paused on this account (or on
 * all) is refused even with the right password (SignInLimitError); an account under attack is only slowed. Wrong credentials throw WrongCredentialsError.
 */
export async function signInWithLimits(input: SignInInput, limiter: SignInLimiter): Promise<{ userId: string }> {
  const verdict = await limiter.attempt(input.email, input.address);
  if (!verdict.allowed) throw new SignInLimitError(verdict.retryAfterMs);
  await slowDown(verdict);
  try {
    const result = await auth().api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: input.headers,
    });
    await limiter.succeeded(input.email, input.address);
    return { userId: result.user.id };
  } catch (error) {
    if (isAPIError(error)) throw new WrongCredentialsError();
    throw error;
  }
}
