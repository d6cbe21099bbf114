/** A refusal the poster should read as is (limits, filters, permissions). */
export class QaError extends Error {
  constructor(
    message: string,
    readonly code: "not_found" | "forbidden" | "filtered" | "blocked" | "rate_limited" | "invalid" = "invalid",
  ) {
    super(message);
  }
}
