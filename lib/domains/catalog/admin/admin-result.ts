import { UserError } from "@/lib/platform/errors/user-error";

/** What a catalog admin mutation reports back; the boundary maps it to a form message. */
export type AdminFailure = {
  ok: false;
  reason: "not_found" | "invalid" | "conflict";
  message: string;
  fieldErrors?: Record<string, string>;
};

export type AdminResult<T> = ({ ok: true } & T) | AdminFailure;

export function missing(what: string): AdminFailure {
  return { ok: false, reason: "not_found", message: `This ${what} no longer exists.` };
}

export function invalid(field: string, message: string): AdminFailure {
  return { ok: false, reason: "invalid", message, fieldErrors: { [field]: message } };
}

/** The success, or the failure thrown as a UserError, for callers (server actions) that pass refusals on. */
export function orRefuse<T extends { ok: true }>(result: T | AdminFailure): T {
  if (!result.ok) throw new UserError(result.message, result.reason, result.fieldErrors);
  return result;
}
