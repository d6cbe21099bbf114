import "./zod-browser";
import { z } from "zod";

export const ZSignInInput = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
    password: z.string().min(1, "Enter your password").max(200),
    next: z.string().max(500).optional(),
  })
  .strict();
export type TSignInInput = z.infer<typeof ZSignInInput>;

/** POST /api/auth/sign-in/email as better-auth documents it; only the email matters to the limits. */
export const ZSignInRequest = z.looseObject({ email: z.string().max(320) });

/**
 * A post-sign-in destination is only followed when it is a same-site path: it must start with "/"
 * and not "//" or "/\" (both are protocol-relative URLs to another host in browsers).
 */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/")) return null;
  if (value.startsWith("//") || value.startsWith("/\\")) return null;
  // Control characters (tabs, newlines) are stripped by URL parsers and could re-form "//".
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  return value;
}

/** The sign-out button sends nothing but itself. */
export const ZSignOut = z.object({}).strict();
