"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { defineAction } from "@/lib/platform/actions/define-action";
import { auth } from "@/lib/domains/auth/auth";
import { allowAnyone } from "@/lib/domains/auth/guards";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { disconnectAudience } from "@/lib/platform/publish/publish";
import { toStaffMember } from "@/lib/platform/publish/audience";
import { db } from "@/lib/platform/db/client";
import { ZSignInInput, ZSignOut, safeNextPath } from "@/lib/platform/contracts/auth";
import { signInWithLimits } from "@/lib/domains/auth/sign-in-with-limits";
import { signInLimiter } from "@/lib/platform/rate-limit/shop-limiters";
import { clientAddressOf } from "@/lib/platform/http/client-address";

/**
 * Sign-in form: verifies credentials through better-auth within the per-account and per-address limits
 * (refusals are UserErrors with one message for every credential failure); nextCookies() sets the cookie.
 */
export const signInAction = defineAction({
  name: "sign in",
  authorize: allowAnyone,
  schema: ZSignInInput,
  fields: ["email", "password", "next"],
  echo: ["email"],
  run: async (input) => {
    const requestHeaders = await headers();
    const { userId } = await signInWithLimits(
      {
        email: input.email,
        password: input.password,
        address: clientAddressOf(requestHeaders),
        headers: requestHeaders,
      },
      signInLimiter(),
    );
    const user = await db().user.findUnique({ where: { id: userId }, select: { role: true } });
    const home = user?.role === "owner" ? "/admin" : "/host";
    redirect(safeNextPath(input.next) ?? home);
  },
});

/** Sign-out button: ends the session in the database and clears the cookie. */
export const signOutAction = defineAction({
  name: "sign out",
  authorize: allowAnyone,
  schema: ZSignOut,
  run: async () => {
    const staff = await currentStaff();
    try {
      await auth().api.signOut({ headers: await headers() });
    } catch (error) {
      // Already signed out (no or expired session): nothing to end.
      if (!isAPIError(error)) throw error;
    }
    // Their open sockets (host console, staff room) must not outlive the session.
    if (staff) disconnectAudience(toStaffMember(staff.id));
    redirect("/sign-in");
  },
});
