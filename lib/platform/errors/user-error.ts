/** Why a request was refused, for clients that branch on it; the message is for people. */
export type UserErrorCode =
  | "invalid"
  | "not_found"
  | "forbidden"
  | "unauthenticated"
  | "conflict"
  | "filtered"
  | "blocked"
  | "rate_limited"
  | "sold_out"
  | "unavailable";

/**
 * A refusal whose message a person can read and act on. Every domain refusal extends it; the socket
 * dispatcher and the server-action wrapper pass it through as is and hide anything else behind a
 * generic message plus a log line with an id.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: UserErrorCode = "invalid",
    /** Per-field messages for forms, keyed by the input's name. */
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
