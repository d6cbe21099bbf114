"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { defineAction } from "@/lib/actions/define-action";
import { auth } from "@/lib/auth/auth";
import { allowAnyone } from "@/lib/auth/guards";
import { currentStaff } from "@/lib/auth/staff-session";
import { disconnectAudience } from "@/lib/realtime/publish";
import { toStaffMember } from "@/lib/realtime/audience";
import { db } from "@/lib/db/client";
import { ZSignInInput, ZSignOut, safeNextPath } from "@/lib/contracts/auth";
import { UserError } from "@/lib/errors/user-error";

// One message for every credential failure (unknown email, wrong password, deactivated account), so the
// form never tells anyone which emails belong to staff.
const WRONG_CREDENTIALS = "Wrong email or password.";

/** Sign-in form: verifies credentials through better-auth; nextCookies() sets the session cookie. */
export const signInAction = defineAction({
  name: "sign in",
  authorize: allowAnyone,
  schema: ZSignInInput,
  fields: ["email", "password", "next"],
  echo: ["email"],
  run: async (input) => {
    let userId: string;
    try {
      const result = await auth().api.signInEmail({
        body: { email: input.email, password: input.password },
        headers: await headers(),
      });
      userId = result.user.id;
    } catch (error) {
      if (isAPIError(error)) throw new UserError(WRONG_CREDENTIALS, "unauthenticated");
      throw error;
    }
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
