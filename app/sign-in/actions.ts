"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { currentStaff } from "@/lib/auth/staff-session";
import { disconnectAudience } from "@/lib/realtime/publish";
import { toStaffMember } from "@/lib/realtime/audience";
import { signInWithLimits, WrongCredentialsError } from "@/lib/auth/sign-in-with-limits";
import { db } from "@/lib/db/client";
import { ZSignInInput, safeNextPath } from "@/lib/contracts/auth";
import type { TFormState } from "@/lib/contracts/form-state";
import { SignInLimitError } from "@/lib/rate-limit/sign-in-limiter";
import { signInLimiter } from "@/lib/rate-limit/shop-limiters";
import { clientAddressOf } from "@/lib/server/client-address";

/**
 * Sign-in form: verifies credentials through better-auth within the per-account and per-address limits;
 * nextCookies() sets the session cookie.
 */
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
    const requestHeaders = await headers();
    const { email, password } = parsed.data;
    const address = clientAddressOf(requestHeaders);
    ({ userId } = await signInWithLimits({ email, password, address, headers: requestHeaders }, signInLimiter()));
  } catch (error) {
    if (error instanceof WrongCredentialsError || error instanceof SignInLimitError) {
      return { status: "error", message: error.message, values: { email: raw.email } };
    }
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
