import "./zod-browser";
import { z } from "zod";

/** The first message per field of a failed parse, keyed by field name ("" for form-level issues). */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "";
    out[key] ??= issue.message;
  }
  return out;
}

/** The named text fields of a form, skipping absent ones so `.strict()` schemas see only what was sent. */
export function pickFormFields(formData: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") out[name] = value;
  }
  return out;
}
