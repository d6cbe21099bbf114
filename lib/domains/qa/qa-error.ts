import { UserError, type UserErrorCode } from "@/lib/platform/errors/user-error";

/** A refusal the poster should read as is (limits, filters, permissions). */
export class QaError extends UserError {
  constructor(
    message: string,
    code: Extract<
      UserErrorCode,
      "not_found" | "forbidden" | "filtered" | "blocked" | "rate_limited" | "invalid"
    > = "invalid",
  ) {
    super(message, code);
  }
}
