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
