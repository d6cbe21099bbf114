import { UserError, type UserErrorCode } from "@/lib/platform/errors/user-error";

export class KitchenError extends UserError {
  constructor(message: string, code: UserErrorCode = "invalid") {
    super(message, code);
  }
}
