"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { currentStaff } from "@/lib/auth/staff-session";
import { disconnectAudience } from "@/lib/realtime/publish";
import { toStaffMember } from "@/lib/realtime/audience";
import { db } from "@/lib/db/client";
import { ZSignInInput, safeNextPath } from "@/lib/contracts/auth";
import type { TFormState } from "@/lib/contracts/form-state";

// One message for every credential failure (unknown email, wrong password, deactivated account), so the
// form never tells anyone which emails belong to staff.
const WRONG_CREDENTIALS = "Wrong email or password.";

/** Sign-in form: verifies credentials through better-auth; nextCookies() sets the session cookie. */
export async function signInAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  const raw = {
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
    ...(formData.has("next") ? { next: String(formData.get("next")) } : {}),
  };
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    const fieldErrors = Object.fromEntries(Object.entries(fields).flatMap(([k, v]) => (v?.[0] ? [[k, v[0]]] : [])));
    return { status: "error", message: "Check the highlighted fields.", fieldErrors, values: { email: raw.email } };
  }

  let userId: string;
  try {
    const result = await auth().api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
    userId = result.user.id;
  } catch (error) {
    if (isAPIError(error)) return { status: "error", message: WRONG_CREDENTIALS, values: { email: raw.email } };
    throw error;
  }

  const user = await db().user.findUnique({ where: { id: userId }, select: { role: true } });
  const home = user?.role === "owner" ? "/admin" : "/host";
  redirect(safeNextPath(parsed.data.next) ?? home);
}

/** Sign-out button: ends the session in the database and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const staff = await currentStaff();
  try {
    await auth().api.signOut({ headers: await headers() });
  } catch (error) {
    // Already signed out (no or expired session): nothing to end.
    if (!isAPIError(error)) throw error;
  }
  if (staff) disconnectAudience(toStaffMember(staff.id));
  redirect("/sign-in");
}
