import { randomBytes } from "node:crypto";
import { auth } from "@/lib/domains/auth/auth";
import type { TStaffRole } from "@/lib/platform/contracts/staff";
import { createStaffAccount } from "@/lib/domains/staff/create-staff-account";
import type { TestDatabase } from "./test-database";

/**
 * Points the process-wide auth at the test database, creates a real staff account and signs it in
 * through better-auth, returning the session cookie a browser would hold.
 */
export async function signedInStaff(t: TestDatabase, role: TStaffRole, origin: string, secret: string) {
  process.env.DATABASE_URL = t.url;
  process.env.AUTH_SECRET = secret;
  process.env.PUBLIC_ORIGIN = origin;
  const email = `${role}-${randomBytes(4).toString("hex")}@staff.test`;
  const password = "a-long-test-password";
  const name = role === "owner" ? "Olga Owner" : "Hugo Host";
  const { id } = await createStaffAccount(t.db, { email, name, role, password });
  const response = await auth().api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie.includes("session_token")) throw new Error(`sign-in failed: ${response.status}`);
  return { id, name, email, cookie };
}
