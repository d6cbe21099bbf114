import { UserError, type UserErrorCode } from "@/lib/platform/errors/user-error";

/** A refusal about polls and prompts that the shopper or host reads as is. */
export class PollError extends UserError {
  constructor(message: string, code: UserErrorCode = "invalid") {
    super(message, code);
  }
}
