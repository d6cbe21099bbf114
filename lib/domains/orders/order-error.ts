import { UserError } from "@/lib/platform/errors/user-error";

/** A refusal about an order that the person acting can read: illegal step, someone was faster, not allowed. */
export class OrderError extends UserError {}
