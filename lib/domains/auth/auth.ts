import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { APIError } from "better-auth/api";
import { db } from "@/lib/platform/db/client";
import { STAFF_PASSWORD_MAX, STAFF_PASSWORD_MIN } from "@/lib/platform/contracts/limits";
import { authSecret, publicOrigin, allowedOrigins, secureCookies } from "@/lib/platform/http/runtime-config";
import { CLIENT_ADDRESS_HEADER } from "@/lib/platform/http/client-address";
import { staffProfileProblem } from "@/lib/domains/staff/staff-profile";
import { processSingleton } from "@/lib/platform/process-singleton";

/** Refuses a staff name or avatar the shop would not show (see staffProfileProblem). */
function checkProfile(fields: { name?: unknown; image?: unknown }): void {
  const problem = staffProfileProblem(fields);
  if (problem) throw new APIError("BAD_REQUEST", { message: problem });
}

function createAuth() {
  return betterAuth({
    database: prismaAdapter(db(), { provider: "postgresql" }),
    secret: authSecret(),
    baseURL: publicOrigin(),
    trustedOrigins: allowedOrigins(),
    telemetry: { enabled: false },
    // Staff accounts are created by owners and the staff CLI, never by self sign-up.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: STAFF_PASSWORD_MIN,
      maxPasswordLength: STAFF_PASSWORD_MAX,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "host" },
        active: { type: "boolean", input: false, defaultValue: true },
      },
    },
    // Its own rate limit keys on the address server.ts computed (TRUST_PROXY hops), never on a header the
    // client writes; sign-in has the shop's own limits on top (lib/platform/rate-limit/sign-in-limiter.ts).
    // Secure (and __Secure- prefixed) session cookies exactly when PUBLIC_ORIGIN is https, whatever NODE_ENV says.
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] }, useSecureCookies: secureCookies() },
    // Sign-in is limited per account and per address in Postgres (shared by every instance); better-auth's
    // per-process counter on top would only answer some attempts with a different 429.
    rateLimit: { customRules: { "/sign-in/email": false } },
    databaseHooks: {
      user: {
        create: { before: async (user) => void checkProfile(user) },
        update: { before: async (user) => void checkProfile(user) },
      },
      session: {
        create: {
          // A deactivated staff member cannot start a new session.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { active: true } });
            return user?.active ? undefined : false;
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

export function auth(): Auth {
  return processSingleton("auth", createAuth);
}
