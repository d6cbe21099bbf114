import "./zod-browser";
import { z } from "zod";
import { STAFF_PASSWORD_MAX, STAFF_PASSWORD_MIN } from "./limits";
import { zLine } from "./text";
import { ZId } from "./admin";

/** The staff roles, the one definition: owners may do everything hosts may. */
export const STAFF_ROLES = ["owner", "host"] as const;
export const ZStaffRole = z.enum(STAFF_ROLES, "Role must be owner or host");
export type TStaffRole = z.infer<typeof ZStaffRole>;

/** A staff member's name, shown to shoppers next to host replies: one short line. */
export const ZStaffName = zLine().min(1, "Name is required").max(80, "Keep the name under 80 characters");

export const ZStaffEmail = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"));

export const ZStaffPassword = z
  .string()
  .min(STAFF_PASSWORD_MIN, `Password must be at least ${STAFF_PASSWORD_MIN} characters`)
  .max(STAFF_PASSWORD_MAX, `Password must be at most ${STAFF_PASSWORD_MAX} characters`);

/** A new staff account, from the admin's form, the staff CLI and the demo seed. */
export const ZStaffInput = z
  .object({
    name: ZStaffName,
    email: ZStaffEmail,
    role: ZStaffRole,
    password: ZStaffPassword,
  })
  .strict();
export type TStaffInput = z.infer<typeof ZStaffInput>;

export const ZStaffActive = z
  .object({ userId: ZId, active: z.enum(["true", "false"]).transform((v) => v === "true") })
  .strict();
export type TStaffActive = z.infer<typeof ZStaffActive>;
